/**
 * The "new version" offer on every page: nothing until a new version exists, then the offer
 * panel, loaded at that moment (update-offer-panel.tsx; the service worker has precached it).
 */
import { lazy, Suspense } from 'react';
import { useUpdateState } from './update-state';

const UpdateOfferPanel = lazy(() => import('./update-offer-panel'));

export function UpdateOffer() {
  const { status } = useUpdateState();
  if (status === 'none') return null;
  return (
    <Suspense fallback={null}>
      <UpdateOfferPanel />
    </Suspense>
  );
}
