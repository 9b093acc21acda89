package io.github.camellifen.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports, per iteration, the requests completed per second and the CPU time the whole
 * benchmark JVM used per request. Whole-process CPU time counts any threads of the HTTP clients and Camel, and
 * also the JIT compiler and the garbage collector.
 */
public final class CpuProfiler implements InternalProfiler {

    static final String OPS_PER_SECOND = "cpu.ops.per.second";
    static final String CPU_PER_OP = "cpu.time.norm";

    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuStart;
    private long wallStart;

    @Override
    public String getDescription() {
        return "Requests per second and process CPU time per request";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallStart = System.nanoTime();
        cpuStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        long ops = result.getMetadata().getAllOps();
        double perOp = ops == 0 ? Double.NaN : (double) cpu / ops / 1000.0;
        double perSecond = ops / (wall / 1e9);
        return List.of(
                new ScalarResult(OPS_PER_SECOND, perSecond, "ops/s", AggregationPolicy.AVG),
                new ScalarResult(CPU_PER_OP, perOp, "us/op", AggregationPolicy.AVG));
    }
}
