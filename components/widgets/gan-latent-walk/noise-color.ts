// The colour of a noise point, so a point in noise space and its image under G can be matched by eye:
// the hue turns with the angle of z and the colour deepens away from the centre.
export function noiseColor(z1: number, z2: number): string {
  const hue = Math.round(((Math.atan2(z2, z1) * 180) / Math.PI + 360) % 360);
  const r = Math.min(1, Math.hypot(z1, z2));
  return `hsl(${hue} ${Math.round(20 + 60 * r)}% ${Math.round(55 - 15 * r)}%)`;
}
