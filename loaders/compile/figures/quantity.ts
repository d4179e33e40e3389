// A number with its unit: numbers in different units are never added.

/** The scope of a figure that is the whole (other scopes, such as country, are breakdown levels). */
export const totalScope = "total";

export interface Quantity {
  value: number;
  unit: string;
}

/** Thrown where code would add numbers in different units (people to accounts, GBP to USD). */
export class MixedUnitsError extends Error {
  override name = "MixedUnitsError";
  constructor(readonly units: readonly string[]) {
    super(`refusing to add numbers in different units (${units.join(", ")}); keep them apart`);
  }
}

/** The sum of quantities in one unit; throws MixedUnitsError for mixed units and on an empty list. */
export function sumQuantities(quantities: readonly Quantity[]): Quantity {
  const units = [...new Set(quantities.map((q) => q.unit))];
  if (units.length > 1) throw new MixedUnitsError(units);
  const [unit] = units;
  if (unit === undefined) throw new Error("nothing to add: a sum needs at least one quantity and its unit");
  return { value: quantities.reduce((sum, q) => sum + q.value, 0), unit };
}
