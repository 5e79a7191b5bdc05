// What host pages do to built-ins: Prototype.js's `Array#toJSON`, an enumerable method on
// `Object.prototype`. The same few lines as core's and adapter's test helpers: each
// package's tsconfig keeps its tests inside the package. Undo in `finally`: it is global.
export function pollute(): () => void {
  const arrays = Array.prototype as unknown as { toJSON?: () => string };
  const objects = Object.prototype as unknown as { each?: () => void };
  // Prototype.js 1.6: an array's JSON is a string, so JSON.stringify quotes it.
  arrays.toJSON = function (this: unknown[]) {
    return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
  };
  objects.each = () => {};
  return () => {
    delete arrays.toJSON;
    delete objects.each;
  };
}
