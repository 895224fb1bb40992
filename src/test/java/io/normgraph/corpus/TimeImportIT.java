package io.normgraph.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import io.normgraph.EndToEndTest;
import io.normgraph.graph.GraphSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What time forbids in a corpus, through the real importer: versions that supersede in a circle,
 * and a membership that ends before it starts, each an import error with file and line, and the
 * graph left as it was.
 */
@EndToEndTest
class TimeImportIT {

	@Autowired
	CorpusImporter importer;

	@Autowired
	Neo4jClient client;

	@TempDir
	Path root;

	private CorpusDirectory corpus;

	private List<String> before;

	@BeforeEach
	void setUp() {
		this.corpus = new CorpusDirectory(this.root);
		this.before = GraphSnapshot.of(this.client);
	}

	@Test
	void versionCyclesAndEndsBeforeStartsAreReportedWithFileAndLine() {
		this.corpus.file("nodes/Version.csv", "id,name,source,locator,date,status,text",
				"std-4-a,Standard 4 (a),li-2008,III.1.1(4),2008-04-25,draft,one wording",
				"std-4-b,Standard 4 (b),li-2008,fn 26,2008-04-25,draft,another wording",
				"std-4-c,Standard 4 (c),li-2008,fn 26,2008-06,revised,a third wording");
		this.corpus.file("relationships/VERSION_OF.csv", "from,to,source,locator", "std-4-a,secure-std-4,li-2008,III.1.1(4)",
				"std-4-b,secure-std-4,li-2008,fn 26", "std-4-c,secure-std-4,li-2008,fn 26");
		this.corpus.file("relationships/SUPERSEDES.csv", "from,to,source,locator", "std-4-b,std-4-a,li-2008,fn 26",
				"std-4-c,std-4-b,li-2008,fn 26", "std-4-a,std-4-c,li-2008,III.1.1(4)");
		this.corpus.file("relationships/MEMBER_OF.csv", "from,to,source,locator,since,until",
				"ind,wco-policy-commission,li-2008,IV.2.1 (test),2008,2007-06");
		assertThatExceptionOfType(CorpusImportException.class)
			.isThrownBy(() -> this.importer.importCorpus(this.corpus.files()))
			.satisfies((ex) -> assertThat(ex.report().problems())
				.extracting(ImportProblem::file, ImportProblem::line, ImportProblem::column, ImportProblem::message)
				.containsExactlyInAnyOrder(
						tuple("relationships/SUPERSEDES.csv", 3L, null,
								"versions form a cycle: 'std-4-b' SUPERSEDES 'std-4-a' SUPERSEDES 'std-4-c' SUPERSEDES 'std-4-b'; "
										+ "a version cannot come before itself (rows relationships/SUPERSEDES.csv:2, "
										+ "relationships/SUPERSEDES.csv:4, relationships/SUPERSEDES.csv:3)"),
						tuple("relationships/MEMBER_OF.csv", 2L, "until",
								"until 2007-06 is before since 2008: a fact cannot end before it starts")));
		assertThat(GraphSnapshot.of(this.client)).isEqualTo(this.before);
	}

}
