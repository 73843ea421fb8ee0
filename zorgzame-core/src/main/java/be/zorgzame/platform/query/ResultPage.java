package be.zorgzame.platform.query;

import java.util.List;

/** One page of a longer list, with the total so clients can page. */
public record ResultPage<T>(List<T> items, long total, int first, int size) {
}
