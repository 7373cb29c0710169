/**
 * Load benchmark for a running Strongroom region.
 *
 * <p>A {@link io.strongroom.benchmark.Scenario} is one kind of request; the
 * {@link io.strongroom.benchmark.LoadRunner} sends it from many concurrent clients for a
 * bounded time and request count; the {@link io.strongroom.benchmark.Report} compares every
 * scenario with the {@code GET /health} floor measured in the same run. New scenarios are
 * added in {@link io.strongroom.benchmark.LoadBenchmark#scenarios}; nothing else changes.
 * The import benchmark ({@code ImportBenchmark}, {@code SweepBenchmark}) times single calls
 * instead and reports in {@code ImportReport}. Targets are restricted to loopback addresses.
 */
package io.strongroom.benchmark;
