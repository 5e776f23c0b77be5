export async function resolve(specifier, context, next) {
  if (specifier === "dompurify") return { url: new URL("./stub-dompurify.mjs", import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
