import type { MessageKey } from "../i18n";
import type { ExploitationForm, LibraryAudience, LibraryItemType } from "../modules/knowledge/library";
import type { InstrumentId } from "../modules/knowledge/page";

/** UI names of the library's types, audiences and topics (shared by the library, pages and search). */
export const libraryTypeLabels: Record<LibraryItemType, MessageKey> = {
  webinar: "library.type.webinar",
  video: "library.type.video",
  guide: "library.type.guide",
  tool: "library.type.tool",
  dossier: "library.type.dossier",
  "teaching-package": "library.type.teaching-package",
  training: "library.type.training",
  podcast: "library.type.podcast",
  factsheet: "library.type.factsheet",
  report: "library.type.report",
};

export const libraryAudienceLabels: Record<LibraryAudience, MessageKey> = {
  professionals: "library.audience.professionals",
  care: "library.audience.care",
  education: "library.audience.education",
  justice: "library.audience.justice",
  municipality: "library.audience.municipality",
  "social-domain": "library.audience.social-domain",
  "youth-work": "library.audience.youth-work",
  parents: "library.audience.parents",
  "young-people": "library.audience.young-people",
};

export const exploitationFormLabels: Record<ExploitationForm, MessageKey> = {
  sexual: "library.form.sexual",
  criminal: "library.form.criminal",
  labour: "library.form.labour",
  general: "library.form.general",
};

/** UI names of the instruments that knowledge pages link to (/signaleren/<id>). */
export const instrumentLabels: Record<InstrumentId, MessageKey> = {
  "signalen-seksuele-uitbuiting": "instrument.signalen-seksuele-uitbuiting",
  "signalen-criminele-uitbuiting": "instrument.signalen-criminele-uitbuiting",
  "quickscan-ouders": "instrument.quickscan-ouders",
  vlaggen: "instrument.vlaggen",
};
