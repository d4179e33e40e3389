// Portada, resumen de cada página, galería de inserción y titulillos de los textos neutros.
import type { CatalogueArea } from "../../catalogue.js";

export const overview: CatalogueArea<"overview"> = {
  "overview.keyFigures": "Cifras clave",
  "overview.headlineSource": "{when}. Fuente: {source}.",
  "overview.actorsNamed": "{actors} nombrados en hechos del tipo «{kind}»",
  "overview.kindEvents": "Hechos del tipo «{kind}»",
  "overview.kindEventsIn": {
    one: "{count} hecho del tipo «{kind}» en las pruebas.",
    many: "{count} de hechos del tipo «{kind}» en las pruebas.",
    other: "{count} hechos del tipo «{kind}» en las pruebas.",
  },
  "overview.onTimeline": "En la cronología",
  "overview.actors": { one: "{count} actor", many: "{count} de actores", other: "{count} actores" },
  "overview.outlets": { one: "{count} medio", many: "{count} de medios", other: "{count} medios" },
  "overview.evidence":
    "Las pruebas son {sources} de {outlets}, y {counts}, guardados como archivos CSV. Cada fila cita sus fuentes, y los cargadores revisan cada fila antes de construir el sitio. {download}.",
  "overview.download": "Descargar todas las pruebas en JSON",
  "overview.citation": "{title}, datos compilados el {date}, {url}",
  "summary.timeline":
    "{events} y {statements} en un mismo eje temporal, una franja por actor, cada uno con sus fuentes.",
  "summary.scale": "{figures} de las pruebas, puestas en relación, con lo que no cuadra.",
  "summary.statements": "{statements}, citadas tal como se publicaron, y {claims} comparadas lado a lado.",
  "summary.comparison":
    "{actors} lado a lado: qué se le preguntó a cada uno, qué dijo y dónde está, cada dato con su fuente.",
  "summary.sources": "{sources} de {outlets}, cada una con todos los datos que la citan.",
  "summary.embeds": "Cada gráfico con su código de inserción y sus descargas, para artículos.",
  "embeds.intro":
    "Cualquier gráfico de este sitio puede insertarse en un artículo en cualquier CMS: copie su código de inserción y péguelo donde deba aparecer. El gráfico ocupa el ancho de la columna y su altura se ajusta al contenido; no carga nada de otros servidores, y quien lea sin JavaScript ve la imagen estática. Los CMS compatibles con oEmbed pueden insertar un gráfico solo con su URL.",
  "embeds.preview": "Vista previa de la página de inserción",
  "embeds.downloads": "Descargas:",
  "embeds.code": "Código de inserción",
  "embeds.copy": "Copiar el código de inserción",
  "embeds.empty": "Las pruebas aún no tienen gráficos que insertar.",
  "prose.atAGlance": "De un vistazo",
  "prose.theEvidence": "Las pruebas",
  "prose.howMade": "Cómo se hizo",
  "prose.statusMeaning": "Qué significa el estado de un hecho:",
  "prose.howToCite": "Cómo citar este sitio:",
  "prose.everyItem": "Todos los hechos y declaraciones",
  "prose.notAddingUp": "Lo que no cuadra",
  "prose.claimsMatrix": "Matriz de afirmaciones",
  "prose.compare": "Comparar dos declaraciones",
  "prose.everyStatement": "Todas las declaraciones",
  "prose.statusRead": "Cómo se lee el estado",
  "prose.notCited": "Sin citar",
  "prose.everySource": "Todas las fuentes",
};
