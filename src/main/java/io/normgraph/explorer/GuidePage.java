package io.normgraph.explorer;

/**
 * The fixed head and tail of the guide page: styles and the copy buttons' script.
 */
final class GuidePage {

	static final String HEAD = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>normgraph: example queries for Neo4j Browser</title>
			<link rel="icon" href="data:,">
			<style>
			body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1f2933; }
			h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
			.code { position: relative; }
			pre { background: #f4f6f8; border: 1px solid #d9e2ec; border-radius: 6px; padding: .75rem; overflow-x: auto; }
			.copy { position: absolute; top: .4rem; right: .4rem; }
			.file { color: #627d98; font-size: .85rem; }
			a { color: #1d4ed8; }
			</style>
			</head>
			<body>
			<p><a href="/">← explorer</a></p>
			<h1>Example queries for Neo4j Browser</h1>
			""";

	static final String TAIL = """
			<script>
			document.querySelectorAll('.copy').forEach((button) => button.addEventListener('click', async () => {
			  const code = button.parentElement.querySelector('code').textContent;
			  try { await navigator.clipboard.writeText(code); button.textContent = 'Copied'; }
			  catch (e) { const range = document.createRange(); range.selectNodeContents(button.parentElement.querySelector('code'));
			    const selection = getSelection(); selection.removeAllRanges(); selection.addRange(range); button.textContent = 'Selected: press Ctrl+C'; }
			  setTimeout(() => { button.textContent = 'Copy'; }, 2000);
			}));
			</script>
			</body>
			</html>
			""";

	private GuidePage() {
	}

}
