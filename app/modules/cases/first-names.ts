/**
 * Common first names in the Netherlands among people born from about 1995 to
 * 2015: the ages of the young people and young adults in a case. A compact
 * selection made by hand, not a copy of a full list. It leans on the yearly
 * top names in the Nederlandse Voornamenbank (Meertens Instituut, KNAW,
 * https://www.meertens.knaw.nl/nvb/, popularity lists based on the
 * Basisregistratie Personen) and the yearly lists of first names of the
 * Sociale Verzekeringsbank (SVB), and includes names common in families with
 * a Moroccan, Turkish, Surinamese or Antillean background.
 *
 * Used only to warn that a pseudonym may be a real first name; the
 * professional can confirm and go on, so a missing name is no harm and an
 * extra name costs one click. Lower case, without accents.
 */
export const commonFirstNames: ReadonlySet<string> = new Set(
  `
  aaliyah adam ahmed aisha alex ali amber amira amy angelo anna anouk aya ayoub bart bas benjamin
  bilal bo bram britt cas chantal charlotte chelsea daan danique david dean demi dewi dex diego
  dylan elif eline elise emma emre enes esmee esra eva evi fatima fatma fay femke fenna finn fleur
  floor gijs guus hamza hanna hannah hatice ibrahim ilias ilse imane ines iris isa isabella ismail
  jade jamal jan jasmijn jasper jayden jens jesse jessica jill joep jordy julia julian justin
  kayleigh kerem kevin kiki kim koen lana lara lars laura liam lieke lina lisa lisanne liv lola
  lotte lucas luna luuk lynn manon mara marit mark mats maud max maya mees megan mehmet melissa
  merel mila milan mohamed mohammed mustafa nadia naomi nick niels nikki nina noa noah noor nora
  nordin olivia omar quinten rachid rayan rens rick robin romy roos rosa ruben sam samira sander
  sanne sara sarah selin sem senna sevda shanice siem sofia sophie stan stijn sven tamara tess teun
  thijs thomas tim timo tom tygo vera wessel yara yasmina yassin youssef yusuf zakaria zeynep zoe
  `
    .trim()
    .split(/\s+/),
);
