import { describe, expect, it } from "vitest";
import { schemas } from "../../../loaders/schema/index.ts";
import { headerRow } from "../../../loaders/schema/types.ts";

const tableNames = schemas.map((s) => s.name);

describe("schemas", () => {
  it("list the eight tables in the order they are documented", () => {
    expect(tableNames).toEqual([
      "sources",
      "actors",
      "events",
      "statements",
      "claims",
      "figures",
      "annotations",
      "corrections",
    ]);
    expect(schemas.map((s) => s.file)).toEqual(tableNames.map((name) => `${name}.csv`));
  });

  it("start every table with a required id column", () => {
    for (const s of schemas) expect(s.columns[0]).toMatchObject({ name: "id", type: "id", required: true });
  });

  it("name each column once and describe it", () => {
    for (const s of schemas) {
      const names = s.columns.map((c) => c.name);
      expect(new Set(names).size, s.name).toBe(names.length);
      for (const c of s.columns) expect(c.description, `${s.name}.${c.name}`).not.toBe("");
    }
  });

  it("refer only to tables that exist", () => {
    for (const s of schemas) {
      for (const c of s.columns) {
        if (c.type === "ref" || c.type === "list-of-refs") expect(tableNames).toContain(c.table);
        if (c.type === "ref-any") for (const t of c.tables) expect(tableNames).toContain(t);
      }
    }
  });

  it("order an end date after the date column it must not precede", () => {
    for (const s of schemas) {
      s.columns.forEach((c, i) => {
        if (c.type !== "date" || !c.notBefore) return;
        const start = s.columns.findIndex((d) => d.name === c.notBefore);
        expect(start, `${s.name}.${c.name}`).toBeGreaterThanOrEqual(0);
        expect(start).toBeLessThan(i);
        expect(s.columns[start]?.type).toBe("date");
      });
    }
  });

  it("give the header rows of the contract", () => {
    expect(schemas.map(headerRow)).toEqual([
      "id,outlet,title,url,archive_url,accessed,published,kind,notes",
      "id,name,kind,affiliation,notes",
      "id,date,end_date,date_note,actors,kind,title,summary,status,sources,notes",
      "id,date,speaker,on_behalf_of,medium,text,context,topics,responds_to,sources,notes",
      "id,topic,party,stance,summary,statement,event,sources,notes",
      "id,subject,scope,group,value,unit,as_of,estimate,sources,notes",
      "id,target,date,end_date,label,text,step,sources,notes",
      "id,date,target,text,sources,notes",
    ]);
  });

  it("make only the annotations and corrections optional: a folder without them is complete", () => {
    expect(schemas.filter((s) => s.optional).map((s) => s.name)).toEqual(["annotations", "corrections"]);
  });
});
