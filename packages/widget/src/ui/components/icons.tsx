// Small stroke icons, decorative only (the buttons carry text or an aria-label).
const Svg = ({ size = 20, d }: { size?: number; d: string }) => (
  <svg
    width={size}
    height={size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={d} />
  </svg>
);

export const CloseIcon = () => <Svg d="M6 6l12 12M18 6L6 18" />;
export const CheckIcon = ({ size = 18 }: { size?: number }) => (
  <Svg size={size} d="M5 12.5l4.5 4.5L19 7.5" />
);
export const GiftIcon = () => (
  <Svg
    size={24}
    d="M4 11h16v9H4zM3 7h18v4H3zM12 7v13M12 7C10 3 6.5 3.5 7 6c.3 1 2.5 1 5 1zm0 0c2-4 5.5-3.5 5-1-.3 1-2.5 1-5 1z"
  />
);
