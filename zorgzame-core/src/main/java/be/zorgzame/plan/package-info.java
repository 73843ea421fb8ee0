/**
 * The municipality's multi-year plan (meerjarenplan, Flemish BBC rules): policy objectives, action plans
 * and actions with their budgets per year, imported from the financial software's CSV or XLSX as kept
 * revisions; the links from plan items to the caring-neighbourhood work (neighbourhoods, agreements,
 * mandates); and the coverage per neighbourhood and year, with the sustainability gap: the years after
 * the subsidy period that no linked budget carries.
 */
package be.zorgzame.plan;
