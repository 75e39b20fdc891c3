// The common output of the GraphML reader scripts: every attribute as [JS type, text], numbers as String(n)
// (the shortest text that reads back to the same double), so the C# side can compare exact values and types.
export function typed(attributes, skip = []) {
  const out = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.includes(name)) continue;
    out[name] = [typeof value, typeof value === 'string' ? value : String(value)];
  }
  return out;
}
