package io.normgraph.corpus;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CorpusGraphQlController {

	private final Corpora corpora;

	CorpusGraphQlController(Corpora corpora) {
		this.corpora = corpora;
	}

	@QueryMapping
	List<Corpus> corpora() {
		return this.corpora.all();
	}

	@QueryMapping
	Corpus corpus(@Argument String id) {
		return this.corpora.find(id);
	}

}
