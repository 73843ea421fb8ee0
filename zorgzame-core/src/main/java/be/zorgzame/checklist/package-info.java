/**
 * The policy checklist: the research's policy recommendations, the toetsingskader's priorities and the
 * building blocks as frameworks of items (and frameworks administrators add), assessed per municipality
 * or per neighbourhood with evidence, reviews and a comment log; suggestions drawn from the other
 * components' data; progress dashboards and a regional aggregate; and the register of meeting places.
 */
package be.zorgzame.checklist;
