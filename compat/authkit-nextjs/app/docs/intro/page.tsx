export default function DocsPage() {
  return <p data-testid="docs">Public docs (unauthenticatedPaths: /docs(.*))</p>;
}
