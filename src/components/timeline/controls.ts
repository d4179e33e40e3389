// The timeline's filters: actors and kinds as checkbox lists in disclosures, a date range as
// two native date inputs (the keyboard's way to zoom), and a live line saying what is shown.
// Built with DOM calls and textContent: names from the data are never parsed as markup.
import { itemColumns } from "../../shared/timeline/columns.js";
import { isoDay } from "../../shared/timeline/days.js";
import type { TimelineView } from "../../shared/timeline/view.js";
import { el } from "../el.js";
import { pageLocale } from "../locale.js";
import type { TimelineState } from "./state.js";

export interface ControlsChange {
  actors?: string[] | undefined;
  kinds?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface Controls {
  element: HTMLFormElement;
  /** Reflects the state in the inputs and says what is shown. */
  update(state: TimelineState, shown: number, total: number, range: string): void;
}

interface Choice {
  value: string;
  label: string;
  count: number;
}

interface Filter {
  element: HTMLDetailsElement;
  update(selected: readonly string[] | undefined): void;
}

function filter(
  name: string,
  legend: string,
  choices: readonly Choice[],
  onChange: (selected: string[] | undefined) => void,
): Filter {
  const status = el("span", { class: "tl-filter-state" });
  const boxes = choices.map((choice) => el("input", { type: "checkbox", name, value: choice.value }));
  const selected = () => {
    const values = boxes.filter((box) => box.checked).map((box) => box.value);
    return values.length === boxes.length ? undefined : values;
  };
  const setAll = (checked: boolean) => {
    for (const box of boxes) box.checked = checked;
    onChange(selected());
  };
  const { t } = pageLocale();
  const all = el("button", { type: "button" }, t("live.timelineAll"));
  const none = el("button", { type: "button" }, t("live.timelineNone"));
  all.addEventListener("click", () => setAll(true));
  none.addEventListener("click", () => setAll(false));
  const list = el(
    "ul",
    { class: "tl-choices" },
    ...choices.map((choice, i) =>
      el(
        "li",
        {},
        el(
          "label",
          {},
          boxes[i] as HTMLInputElement,
          ` ${choice.label} `,
          el("span", { class: "tl-choice-count" }, `(${choice.count})`),
        ),
      ),
    ),
  );
  list.addEventListener("change", () => onChange(selected()));
  const element = el(
    "details",
    { class: "tl-filter" },
    el("summary", {}, `${legend}: `, status),
    el(
      "fieldset",
      {},
      el("legend", { class: "tl-visually-hidden" }, t("live.timelineFilterLegend", { legend })),
      el("p", { class: "tl-filter-actions" }, all, " ", none),
      list,
    ),
  );
  return {
    element,
    update(values) {
      const on = values ? new Set(values) : undefined;
      for (const box of boxes) box.checked = on ? on.has(box.value) : true;
      status.textContent = on
        ? t("live.timelinePosition", { position: on.size, total: boxes.length })
        : t("live.timelineFilterAll", { total: boxes.length });
    },
  };
}

function counts(view: TimelineView): { lanes: Uint32Array; kinds: Uint32Array } {
  const lanes = new Uint32Array(view.lanes.length);
  const kinds = new Uint32Array(view.kinds.length);
  const { count, lane, kind, linkLanes } = itemColumns(view);
  for (let i = 0; i < count; i++) {
    const l = lane[i] as number;
    const k = kind[i] as number;
    lanes[l] = (lanes[l] as number) + 1;
    kinds[k] = (kinds[k] as number) + 1;
  }
  for (const linked of linkLanes) lanes[linked] = (lanes[linked] as number) + 1;
  return { lanes, kinds };
}

export function createControls(
  view: TimelineView,
  extent: readonly [number, number],
  onChange: (change: ControlsChange) => void,
): Controls {
  const { t } = pageLocale();
  const count = counts(view);
  const actors = filter(
    "actors",
    t("live.timelineActors"),
    view.lanes.map((lane, i) => ({ value: lane.id, label: lane.name, count: count.lanes[i] ?? 0 })),
    (selected) => onChange({ actors: selected }),
  );
  const kinds = filter(
    "kinds",
    t("live.timelineKinds"),
    view.kinds.map((kind, i) => ({ value: kind, label: kind, count: count.kinds[i] ?? 0 })),
    (selected) => onChange({ kinds: selected }),
  );
  const min = isoDay(extent[0]);
  const max = isoDay(extent[1] - 1);
  const from = el("input", { type: "date", name: "from", min, max });
  const to = el("input", { type: "date", name: "to", min, max });
  const reset = el("button", { type: "button", class: "tl-reset" }, t("live.timelineAllDates"));
  const dateChange = () => onChange({ from: from.value || undefined, to: to.value || undefined });
  from.addEventListener("change", dateChange);
  to.addEventListener("change", dateChange);
  reset.addEventListener("click", () => onChange({ from: undefined, to: undefined }));
  const summary = el("p", { class: "tl-shown", role: "status" });
  const element = el(
    "form",
    { class: "tl-controls", "aria-label": t("live.timelineFilters") },
    actors.element,
    kinds.element,
    el(
      "fieldset",
      { class: "tl-dates" },
      el("legend", { class: "tl-visually-hidden" }, t("live.timelineDates")),
      el("label", {}, `${t("live.timelineFrom")} `, from),
      " ",
      el("label", {}, `${t("live.timelineTo")} `, to),
      " ",
      reset,
    ),
    summary,
  );
  element.addEventListener("submit", (event) => event.preventDefault());
  return {
    element,
    update(state, shown, total, range) {
      actors.update(state.actors);
      kinds.update(state.kinds);
      from.value = state.from ?? "";
      to.value = state.to ?? "";
      reset.disabled = !state.from && !state.to;
      summary.textContent = t("live.timelineShowing", { shown, total, range });
    },
  };
}
