package io.normgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import io.normgraph.corpus.ImportCommand;
import io.normgraph.database.EarlyNeo4jStart;
import io.normgraph.launch.FastStart;
import io.normgraph.launch.Relaunch;
import io.normgraph.reuse.graph.ReuseCommand;
import io.normgraph.synthetic.GenerateCommand;
import io.normgraph.system.MemoryFaults;

/**
 * normgraph: a graph of legal provisions, the forums that negotiate them, the decisions taken
 * there and the actors who push or resist them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NormgraphApplication {

	public static void main(String[] args) {
		if ("prepare".equals(System.getProperty("normgraph.launch"))) {
			// bin/normgraph --prepare: the fast-start files next to the jar, then exit.
			System.exit(FastStart.prepareCommand(Path.of(System.getProperty("java.class.path")), System.err));
		}
		OptionalInt relaunched = Relaunch.runIfWanted(NormgraphApplication.class, args, System.err);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		Relaunch.stopWithParent(System.err);
		System.setProperty(EarlyNeo4jStart.ENABLED, "true");
		if (args.length > 0 && (args[0].equals(ImportCommand.NAME) || args[0].equals(ImportCommand.REMOVE))) {
			MemoryFaults.reportUncaughtInOneLineUnlessSaid();
			MemoryFaults.exitWhenHeapStaysFull("The " + args[0] + " command", 3, Duration.ofSeconds(5));
			System.exit(ImportCommand.run(NormgraphApplication.class, args, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals(ReuseCommand.NAME)) {
			MemoryFaults.exitWhenHeapStaysFull("The reuse command", 3, Duration.ofSeconds(5));
			System.exit(ReuseCommand.run(NormgraphApplication.class, args, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals(GenerateCommand.NAME)) {
			MemoryFaults.reportUncaughtInOneLineUnlessSaid();
			MemoryFaults.exitWhenHeapStaysFull("The generate command", 3, Duration.ofSeconds(5));
			System.exit(GenerateCommand.run(args, System.out, System.err));
		}
		MemoryFaults.reportUncaughtInOneLine();
		MemoryFaults.exitWhenHeapStaysFull("normgraph", 3, Duration.ofSeconds(15));
		SpringApplication.run(NormgraphApplication.class, args);
	}

}
