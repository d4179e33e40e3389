// El historial de las pruebas (página /changes, bloque {{ changes }}): qué cambió cada commit.
import type { CatalogueArea } from "../../catalogue.js";

export const changes: CatalogueArea<"changes"> = {
  "page.changes": "Cambios",
  "changes.intro":
    "Cada modificación de las pruebas desde su primer commit, de la más reciente a la más antigua: para cada commit del historial de la investigación, las filas que añadió, eliminó o cambió en cada tabla.",
  "changes.none":
    "No se encontró ningún historial de las pruebas: su carpeta no está en un repositorio git o todavía no se ha confirmado nada en ella.",
  "changes.noRows": "Ningún commit ha cambiado todavía una fila de las pruebas.",
  "changes.link": "Cada modificación de las pruebas, commit a commit: {link}.",
  "changes.commit": "Commit {hash}",
  "changes.rowsAdded": {
    one: "{count} fila añadida",
    many: "{count} de filas añadidas",
    other: "{count} filas añadidas",
  },
  "changes.rowsRemoved": {
    one: "{count} fila eliminada",
    many: "{count} de filas eliminadas",
    other: "{count} filas eliminadas",
  },
  "changes.rowsChanged": {
    one: "{count} fila cambiada",
    many: "{count} de filas cambiadas",
    other: "{count} filas cambiadas",
  },
  "changes.added": "Añadida",
  "changes.removed": "Eliminada",
  "changes.changed": "Cambiada",
  "changes.empty": "(vacío)",
  "changes.noId": "una fila sin identificador (línea {line})",
  "changes.columnAdded": "Columna «{column}» añadida.",
  "changes.columnRemoved": "Columna «{column}» eliminada.",
  "changes.columnRenamed": "Columna «{from}» renombrada como «{to}».",
  "changes.unreadable":
    "Una versión de esta tabla no pudo leerse como CSV, así que sus filas no se comparan.",
  "changes.duplicates":
    "Algunos identificadores aparecen en más de una fila ({ids}); esas filas se comparan en el orden del archivo.",
  "changes.moreRows": {
    one: "Hay {count} fila más de esta tabla que no figura aquí.",
    many: "Hay {count} de filas más de esta tabla que no figuran aquí.",
    other: "Hay {count} filas más de esta tabla que no figuran aquí.",
  },
  "changes.begins":
    "Esta copia del repositorio es un clon superficial (shallow clone): su historial empieza en este commit y no incluye los anteriores. Por eso no se sabe qué cambió este commit, y sus filas no se presentan como añadidas: el historial parte de las pruebas tal como estaban aquí.",
  "changes.beginsBrief": "el historial empieza aquí (clon superficial)",
  "changes.older": {
    one: "{count} commit anterior, en resumen",
    many: "{count} de commits anteriores, en resumen",
    other: "{count} commits anteriores, en resumen",
  },
};
