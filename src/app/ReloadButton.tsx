/** Reloads the page: the way back offered wherever a part of the app could not be loaded or shown. */
export function ReloadButton({ label, small = false }: { label: string; small?: boolean }) {
  return (
    <button
      type="button"
      className={small ? 'button small primary' : 'button primary'}
      onClick={() => window.location.reload()}
    >
      {label}
    </button>
  );
}
