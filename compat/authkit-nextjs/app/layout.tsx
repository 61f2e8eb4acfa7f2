import type { ReactNode } from 'react';

export const metadata = { title: 'authkit-nextjs calls on @workos/authkit-next' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
