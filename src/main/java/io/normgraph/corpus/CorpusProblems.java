package io.normgraph.corpus;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The corpus endpoints' own errors as problem+json: an invalid corpus (422, every problem
 * listed), an unusable archive (400), another import running (409).
 */
@RestControllerAdvice(assignableTypes = { ImportController.class, CorpusController.class })
class CorpusProblems {

	@ExceptionHandler
	ProblemDetail invalidCorpus(CorpusImportException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				ex.report().problems().size() + " problem(s) in the corpus; nothing was written.");
		problem.setTitle("Invalid corpus");
		problem.setProperty("corpus", ex.report().corpus());
		problem.setProperty("problems", ex.report().problems());
		problem.setProperty("conflicts", ex.report().conflicts());
		problem.setProperty("rows", ex.report().rows());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadableArchive(CorpusArchiveException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The upload is not a usable corpus archive: " + ex.getMessage() + ".");
		problem.setTitle("Unusable archive");
		problem.setProperties(Map.of("parameter", "body"));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail busy(ImportInProgressException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

}
