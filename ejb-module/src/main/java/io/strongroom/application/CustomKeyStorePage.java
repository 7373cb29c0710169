package io.strongroom.application;

import java.util.List;

/** One page of DescribeCustomKeyStores, in store id order. */
public record CustomKeyStorePage(List<CustomKeyStoreView> customKeyStores, String nextMarker, boolean truncated) {
}
