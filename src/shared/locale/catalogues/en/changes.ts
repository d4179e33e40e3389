// The evidence's history (the /changes page, the {{ changes }} block): what each commit changed.
export const changes = {
  "page.changes": "Changes",
  "changes.intro":
    "Every edit to the evidence since it was first committed, newest first: for each commit of the investigation's history, the rows it added, removed or changed in each table.",
  "changes.none":
    "No history of the evidence was found: its folder is not in a git repository, or nothing in it has been committed yet.",
  "changes.noRows": "No commit has changed a row of the evidence yet.",
  "changes.link": "Every edit to the evidence, commit by commit: {link}.",
  "changes.commit": "Commit {hash}",
  "changes.rowsAdded": { one: "{count} row added", other: "{count} rows added" },
  "changes.rowsRemoved": { one: "{count} row removed", other: "{count} rows removed" },
  "changes.rowsChanged": { one: "{count} row changed", other: "{count} rows changed" },
  "changes.added": "Added",
  "changes.removed": "Removed",
  "changes.changed": "Changed",
  "changes.empty": "(empty)",
  "changes.noId": "a row without an id (line {line})",
  "changes.columnAdded": "Column “{column}” added.",
  "changes.columnRemoved": "Column “{column}” removed.",
  "changes.columnRenamed": "Column “{from}” renamed to “{to}”.",
  "changes.unreadable": "One version of this table could not be read as CSV, so its rows are not compared.",
  "changes.duplicates":
    "Some ids are held by more than one row ({ids}); those rows are compared in the order of the file.",
  "changes.moreRows": {
    one: "{count} more row of this table is not listed here.",
    other: "{count} more rows of this table are not listed here.",
  },
  "changes.begins":
    "This copy of the repository is a shallow clone: its history begins with this commit, and the commits before it are not in it. What this commit changed is therefore not known, so its rows are not listed as added: the history starts from the evidence as it stood here.",
  "changes.beginsBrief": "the history begins here (shallow clone)",
  "changes.older": { one: "{count} older commit, in brief", other: "{count} older commits, in brief" },
} as const;
