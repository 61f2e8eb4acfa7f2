import { NotFound as NotFoundCard } from '../shared/pages';

/** The 404 page, in the app's layout. */
export default function NotFound() {
  return <NotFoundCard />;
}
