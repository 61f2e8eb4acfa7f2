/** The 404 page, in the app's layout. */
export default function NotFound() {
  return (
    <div className="card">
      <h1>Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <div className="actions">
        <a className="button primary" href="/">
          Home
        </a>
        <a className="button" href="/account">
          Your account
        </a>
      </div>
    </div>
  );
}
