// A custom sign-in form; its route handler ends in saveSession (README: custom authentication flows).
export default function PasswordSignInPage() {
  return (
    <form method="post" action="/auth/password">
      <input name="email" type="email" aria-label="Email" />
      <input name="password" type="password" aria-label="Password" />
      <button type="submit">Sign in with password</button>
    </form>
  );
}
