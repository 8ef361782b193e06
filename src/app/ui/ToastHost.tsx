import { lazy, Suspense, useState, type ComponentType } from 'react';

/** What draws the toasts inside their region (Toasts.tsx): messages and buttons, focus and measuring. */
export interface ToastListProps {
  region: HTMLElement;
}

const None = () => null;

// Should Toasts.tsx fail to load (a half-updated cache), the page goes on without toasts rather than
// failing (this sits outside the pages' error boundary).
const ToastList = lazy<ComponentType<ToastListProps>>(() =>
  import('./Toasts').then(
    (m) => ({ default: m.ToastList }),
    () => ({ default: None }),
  ),
);

/**
 * The toasts as App mounts them. The live region is in the page from the start and stays the same
 * element, so that screen readers announce each toast that appears in it; the code that draws the
 * toasts (Toasts.tsx) is fetched once the first page has been rendered, off the first screen's
 * critical path (a toast raised before it has arrived shows when it has).
 */
export function ToastHost() {
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  return (
    <div ref={setRegion} className="toasts" role="status" aria-live="polite">
      {region && (
        <Suspense fallback={null}>
          <ToastList region={region} />
        </Suspense>
      )}
    </div>
  );
}
