import { createFileRoute } from '@tanstack/react-router';
import { HomeCard } from '../shared/pages';

export const Route = createFileRoute('/')({ component: Home });

function Home() {
  const { auth } = Route.useRouteContext();
  return <HomeCard email={auth.user?.email} />;
}
