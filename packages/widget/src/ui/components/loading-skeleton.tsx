/** Placeholder blocks while the backend answers, with the wait announced politely. */
export function LoadingSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true">
      <p class="sr" role="status">
        {label}
      </p>
      <div class="skel" />
      <div class="skel" />
    </div>
  );
}
