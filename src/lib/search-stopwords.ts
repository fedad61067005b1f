/**
 * German words a query can do without: articles, pronouns, prepositions, conjunctions, auxiliaries and
 * question words („Wie viel Personal brauchen wir für die Zusammenarbeit?“ is searched as „Personal
 * Zusammenarbeit“), plus a few verbs of asking and needing that say nothing about the topic. Compared
 * folded (lower case, without umlauts; see `fold`).
 */
const list = `
  der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
  ich du er sie es wir ihr man mich mir dich dir uns euch ihm ihn ihnen sich
  mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen
  unser unsere unserer unseres unserem unseren euer eure eurer eures eurem euren ihre ihrer ihres ihrem ihren
  dieser diese dieses diesem diesen jener jene jenes solche solcher solches
  und oder aber sondern denn doch auch noch schon nur sehr so wie als ob dass wenn weil damit falls
  an am auf aus bei beim bis durch fur gegen hinter im in ins mit nach neben ohne seit statt uber um
  unter vom von vor wahrend wegen zu zum zur zwischen
  ist sind bin bist seid war waren wird werden wurde wurden worden gewesen sei hat haben habe hast habt
  hatte hatten kann konnen konnte konnten muss mussen musste soll sollen sollte sollten darf durfen
  will wollen wollte mag mochte mochten gibt gab geben gegeben geht gehen
  was wer wen wem wessen wo wann warum weshalb wieso woher wohin womit wofur woruber wovon wozu worauf
  welche welcher welches welchem welchen wieviel wieviele viel viele
  hier da dort dann jetzt immer mal etwa ganz gerne gern bitte ja nein nicht
  bekommen bekommt kriegen kriegt brauchen braucht brauche machen macht tun finden findet
`;

/** The stop words, folded. */
export const stopwords: ReadonlySet<string> = new Set(list.split(/\s+/).filter(Boolean));
