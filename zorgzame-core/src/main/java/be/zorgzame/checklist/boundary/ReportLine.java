package be.zorgzame.checklist.boundary;

/**
 * One line of a municipality's checklist report: an item for the municipality or for one of its running
 * neighbourhoods ({@code neighbourhoodName}), with its assessment (absent when not assessed yet).
 */
public record ReportLine(ItemView item, Translation frameworkName, String neighbourhoodName, AssessmentView assessment) {
}
