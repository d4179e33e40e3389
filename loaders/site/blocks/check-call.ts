// A block call in prose checked against the catalogue: the name, each option, each value.
import { closest } from "../../closest.ts";
import { error, type Problem } from "../../problem.ts";
import type { BlockCall } from "../prose.ts";
import type { OptionSpec } from "./block.ts";
import { blockCatalogue, isBlockName } from "./catalogue.ts";

const quoted = (values: Iterable<string>) => [...values].join(", ");

export function checkBlockCall(call: BlockCall): Problem[] {
  const at = (column: number, message: string) => error(call.file, call.line, column, message);
  if (!isBlockName(call.name)) {
    const near = closest(call.name, Object.keys(blockCatalogue));
    return [
      at(
        call.column,
        `{{ ${call.name} }} is not a block${near ? `; did you mean {{ ${near} }}?` : ""}; the blocks are listed in docs/blocks.md`,
      ),
    ];
  }
  const specs: Readonly<Record<string, OptionSpec>> = blockCatalogue[call.name].options;
  const problems: Problem[] = [];
  for (const [key, value] of call.options) {
    const column = call.optionColumns.get(key) ?? call.column;
    const spec = specs[key];
    if (!spec) {
      const names = Object.keys(specs);
      const near = closest(key, names);
      problems.push(
        at(
          column,
          `{{ ${call.name} }} has no option "${key}"${near ? `; did you mean "${near}"?` : ""}${names.length ? `; its options: ${quoted(names)}` : "; it takes no options"}`,
        ),
      );
    } else if (spec.values && !spec.values.includes(value)) {
      const near = closest(value, spec.values);
      problems.push(
        at(
          column,
          `${key}="${value}" is not a value of {{ ${call.name} }}'s ${key}${near ? `; did you mean "${near}"?` : ""}; valid: ${quoted(spec.values)}`,
        ),
      );
    }
  }
  for (const [key, spec] of Object.entries(specs))
    if (spec.required && !call.options.has(key))
      problems.push(at(call.column, `{{ ${call.name} }} needs ${key}=…: ${spec.description}`));
  return problems;
}
