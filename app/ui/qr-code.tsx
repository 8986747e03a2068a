/** A server-rendered QR code (an SVG data URI), with a text alternative. */
export function QrCode({ src, alt }: { src: string; alt: string }) {
  return <img className="zicht-qr-code" src={src} alt={alt} width={200} height={200} />;
}
