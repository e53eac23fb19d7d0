<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Activations</name>
    <message>
        <source>unknown activation {0!r}: choose one of {1}</source>
        <translation>unbekannte Aktivierung {0!r}: Wählen Sie eine von {1}</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>Hell oder dunkel wie der Desktop</translation>
    </message>
    <message>
        <source>Always light</source>
        <translation>Immer hell</translation>
    </message>
    <message>
        <source>Always dark</source>
        <translation>Immer dunkel</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>ByHand</name>
    <message>
        <source>{0}: the weight has changed since, nothing to undo</source>
        <translation>{0}: Das Gewicht hat sich seitdem geändert, nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>New weight</source>
        <translation>Neues Gewicht</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Forward pass</source>
        <translation>Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Export &amp;Worksheet…</source>
        <translation>&amp;Arbeitsblatt exportieren…</translation>
    </message>
    <message>
        <source>A printable PDF: the network, its weights and a forward pass and an update to compute by hand for the row toggled under Try it, the answers on a separate page</source>
        <translation>Ein druckbares PDF: das Netz, seine Gewichte sowie ein Vorwärtsdurchlauf und eine Aktualisierung zum Rechnen von Hand für die unter Ausprobieren eingestellte Zeile, die Lösungen auf einer eigenen Seite</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Cannot make a worksheet: {0}.</source>
        <translation>Kein Arbeitsblatt möglich: {0}.</translation>
    </message>
    <message>
        <source>Export Worksheet</source>
        <translation>Arbeitsblatt exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Wrote the worksheet {0} (row {1}; the answers are on the last pages)</source>
        <translation>Arbeitsblatt {0} geschrieben (Zeile {1}; die Lösungen stehen auf den letzten Seiten)</translation>
    </message>
    <message>
        <source>There is no such weight in the network {0}</source>
        <translation>Dieses Gewicht gibt es im Netz {0} nicht</translation>
    </message>
    <message>
        <source>Weight {0} → {1} = {2}</source>
        <translation>Gewicht {0} → {1} = {2}</translation>
    </message>
    <message>
        <source>{0} (was {1}); Undo takes it back</source>
        <translation>{0} (war {1}); Rückgängig nimmt es zurück</translation>
    </message>
    <message>
        <source>“{0}” is not a number: type a weight such as -1.5 or 0.25</source>
        <translation>„{0}“ ist keine Zahl: Geben Sie ein Gewicht wie -1.5 oder 0.25 ein</translation>
    </message>
    <message>
        <source>weight from {0} to {1}: Enter sets it, Escape cancels</source>
        <translation>Gewicht von {0} zu {1}: Eingabetaste setzt es, Esc bricht ab</translation>
    </message>
    <message>
        <source>Type the new weight from {0} to {1}: Enter sets it, Escape cancels</source>
        <translation>Geben Sie das neue Gewicht von {0} zu {1} ein: Eingabetaste setzt es, Esc bricht ab</translation>
    </message>
    <message>
        <source>Toggle the inputs under Try it to follow them through the network.</source>
        <translation>Schalten Sie die Eingaben unter Ausprobieren um, um sie durch das Netz zu verfolgen.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{0}: {1} (see: {0} --help)</source>
        <translation>{0}: {1} (siehe: {0} --help)</translation>
    </message>
    <message>
        <source>commands (nndesk COMMAND --help for more): {0}</source>
        <translation>Befehle (nndesk BEFEHL --help für mehr): {0}</translation>
    </message>
    <message>
        <source>Train small feed-forward neural networks by pointing and clicking; watch them learn.</source>
        <translation>Kleine vorwärtsgerichtete neuronale Netze mit Zeigen und Klicken trainieren und ihnen beim Lernen zusehen.</translation>
    </message>
    <message>
        <source>start, wait until the main window is on screen, print how long that took, and exit (checks an installation or a packaged build; works without a screen)</source>
        <translation>starten, warten, bis das Hauptfenster zu sehen ist, ausgeben, wie lange das dauerte, und beenden (prüft eine Installation oder ein gepacktes Programm; geht auch ohne Bildschirm)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>eine Projektdatei, die geöffnet wird</translation>
    </message>
    <message>
        <source>could not write the output: {0}</source>
        <translation>die Ausgabe konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <source>there is no screen to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start nndesk from a desktop session; to check an installation without one, run: nndesk --smoke-test</source>
        <translation>es gibt keinen Bildschirm für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie nndesk aus einer Desktop-Sitzung; um eine Installation ohne Bildschirm zu prüfen: nndesk --smoke-test</translation>
    </message>
    <message>
        <source>cannot open {0}: there is no such file.</source>
        <translation>{0} kann nicht geöffnet werden: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>cannot open {0}: it is a symbolic link that leads back to itself (a loop).</source>
        <translation>{0} kann nicht geöffnet werden: Es ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife).</translation>
    </message>
    <message>
        <source>cannot open {0}: {1}.</source>
        <translation>{0} kann nicht geöffnet werden: {1}.</translation>
    </message>
    <message>
        <source>cannot open {0}: it is a folder, not a project file.</source>
        <translation>{0} kann nicht geöffnet werden: Es ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>--out needs a file name, such as --out trained.nndesk</source>
        <translation>--out braucht einen Dateinamen, etwa --out trainiert.nndesk</translation>
    </message>
    <message>
        <source>cannot save to {0}: {1}</source>
        <translation>kann nicht nach {0} speichern: {1}</translation>
    </message>
    <message>
        <source>{0} is neither a project file nor a preset (nndesk presets lists them)</source>
        <translation>{0} ist weder eine Projektdatei noch eine Vorlage (nndesk presets listet sie auf)</translation>
    </message>
    <message>
        <source>the network cannot be made: {0}</source>
        <translation>das Netz kann nicht erzeugt werden: {0}</translation>
    </message>
    <message>
        <source>the table cannot be trained on: {0}</source>
        <translation>mit der Tabelle kann nicht trainiert werden: {0}</translation>
    </message>
    <message>
        <source>epoch {0}  error {1}  {2} epochs/s</source>
        <translation>Epoche {0}  Fehler {1}  {2} Epochen/s</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>WRONG</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>{0} of {1} rows correct</source>
        <translation>{0} von {1} Zeilen richtig</translation>
    </message>
    <message>
        <source>FILE|PRESET</source>
        <translation>DATEI|VORLAGE</translation>
    </message>
    <message>
        <source>a project file (.nndesk) or a preset name such as XOR</source>
        <translation>eine Projektdatei (.nndesk) oder der Name einer Vorlage wie XOR</translation>
    </message>
    <message>
        <source>how many initialisations to train (default {0})</source>
        <translation>wie viele Initialisierungen trainiert werden (Vorgabe {0})</translation>
    </message>
    <message>
        <source>FIRST_SEED</source>
        <translation>ERSTER_STARTWERT</translation>
    </message>
    <message>
        <source>the seeds are this one and the next N-1 (default: the file&apos;s)</source>
        <translation>die Startwerte sind dieser und die nächsten N-1 (Vorgabe: der aus der Datei)</translation>
    </message>
    <message>
        <source>learning rate η (default: the file&apos;s)</source>
        <translation>Lernrate η (Vorgabe: die aus der Datei)</translation>
    </message>
    <message>
        <source>momentum α (default: the file&apos;s)</source>
        <translation>Momentum α (Vorgabe: das aus der Datei)</translation>
    </message>
    <message>
        <source>hidden layer sizes, e.g. 3 or 4,2 (default: the file&apos;s)</source>
        <translation>Größen der verborgenen Schichten, z. B. 3 oder 4,2 (Vorgabe: die aus der Datei)</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>a seed has converged when its epoch error is below this</source>
        <translation>ein Startwert ist konvergiert, sobald sein Epochenfehler darunter liegt</translation>
    </message>
    <message>
        <source>MAX_EPOCHS</source>
        <translation>MAX_EPOCHEN</translation>
    </message>
    <message>
        <source>a seed that has not converged by then is stuck</source>
        <translation>ein Startwert, der bis dahin nicht konvergiert ist, gilt als hängengeblieben</translation>
    </message>
    <message>
        <source>--hidden must be neuron counts such as 3 or 4,2; not {0}</source>
        <translation>--hidden muss aus Neuronenzahlen bestehen, etwa 3 oder 4,2; nicht {0}</translation>
    </message>
    <message>
        <source>--{0} must be a number of 0 or more</source>
        <translation>--{0} muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>--target must be an error above 0, such as 0.01</source>
        <translation>--target muss ein Fehler über 0 sein, etwa 0.01</translation>
    </message>
    <message>
        <source>--max-epochs must be from 1 to {0} (the most a project file holds)</source>
        <translation>--max-epochs muss zwischen 1 und {0} liegen (mehr fasst eine Projektdatei nicht)</translation>
    </message>
    <message>
        <source>--seeds must be from 1 to {0}</source>
        <translation>--seeds muss zwischen 1 und {0} liegen</translation>
    </message>
    <message>
        <source>the seeds must lie between 0 and {0}</source>
        <translation>die Startwerte müssen zwischen 0 und {0} liegen</translation>
    </message>
    <message>
        <source>epoch {0}: {1} of {2} converged, {3} still training </source>
        <translation>Epoche {0}: {1} von {2} konvergiert, {3} trainieren noch </translation>
    </message>
    <message>
        <source>{0} % converged ({1} of {2} seeds)</source>
        <translation>{0} % konvergiert ({1} von {2} Startwerten)</translation>
    </message>
    <message>
        <source>epochs to converge: median {0}, p90 {1}, fastest {2}, slowest {3}</source>
        <translation>Epochen bis zur Konvergenz: Median {0}, p90 {1}, schnellster {2}, langsamster {3}</translation>
    </message>
    <message>
        <source>stuck at the limit of {0}: {1}</source>
        <translation>an der Grenze von {0} hängengeblieben: {1}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>diverged: {0} ({1})</source>
        <translation>divergiert: {0} ({1})</translation>
    </message>
    <message>
        <source>, … {0} more</source>
        <translation>, … {0} weitere</translation>
    </message>
    <message>
        <source>error &lt; {0}</source>
        <translation>Fehler &lt; {0}</translation>
    </message>
    <message>
        <source>all rows right by {0}</source>
        <translation>alle Zeilen richtig mit Abstand {0}</translation>
    </message>
    <message>
        <source>study interrupted by {0} at epoch {1} ({2} of {3} seeds converged by then); nothing saved (a study writes no file)</source>
        <translation>Studie durch {0} bei Epoche {1} unterbrochen ({2} von {3} Startwerten bis dahin konvergiert); nichts gespeichert (eine Studie schreibt keine Datei)</translation>
    </message>
    <message>
        <source>{0}: network {1}, η {2}, α {3}, {4}</source>
        <translation>{0}: Netz {1}, η {2}, α {3}, {4}</translation>
    </message>
    <message>
        <source>{0} seeds ({1} to {2}), at most {3} each</source>
        <translation>{0} Startwerte ({1} bis {2}), je höchstens {3}</translation>
    </message>
    <message>
        <source>lowest error among the stuck seeds: {0}</source>
        <translation>kleinster Fehler unter den hängengebliebenen Startwerten: {0}</translation>
    </message>
    <message>
        <source>{0} s ({1} network-samples/s)</source>
        <translation>{0} s ({1} Netz-Beispiele/s)</translation>
    </message>
    <message>
        <source>Train many initial weights (seeds) of a project file or preset at once and print how many converge, the median and 90th percentile of the epochs they need, and the seeds that get stuck.</source>
        <translation>Viele Anfangsgewichte (Startwerte) einer Projektdatei oder Vorlage auf einmal trainieren und ausgeben, wie viele konvergieren, den Median und das 90. Perzentil der Epochen, die sie brauchen, und die Startwerte, die hängenbleiben.</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <source>seed of the initial weights (default: the file&apos;s)</source>
        <translation>Startwert der Anfangsgewichte (Vorgabe: der aus der Datei)</translation>
    </message>
    <message>
        <source>stop when the epoch error is below this</source>
        <translation>anhalten, sobald der Epochenfehler darunter liegt</translation>
    </message>
    <message>
        <source>stop after this many epochs</source>
        <translation>nach so vielen Epochen anhalten</translation>
    </message>
    <message>
        <source>continue from the file&apos;s trained weights instead of starting from the seed</source>
        <translation>mit den trainierten Gewichten der Datei weitermachen, statt beim Startwert zu beginnen</translation>
    </message>
    <message>
        <source>save the trained project to {0}</source>
        <translation>das trainierte Projekt in {0} speichern</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to {0}</source>
        <translation>--seed muss eine ganze Zahl zwischen 0 und {0} sein</translation>
    </message>
    <message>
        <source>--seed cannot change a run that --continue resumes (its weights come from seed {0}); leave out --continue to start over from seed {1}</source>
        <translation>--seed kann einen Lauf, den --continue fortsetzt, nicht ändern (seine Gewichte stammen von Startwert {0}); lassen Sie --continue weg, um mit Startwert {1} neu zu beginnen</translation>
    </message>
    <message>
        <source>--continue goes on with the method and test rows the network was trained with ({0}); to train another way, start again without --continue</source>
        <translation>--continue macht mit dem Verfahren und den Testzeilen weiter, mit denen das Netz trainiert wurde ({0}); um anders zu trainieren, beginnen Sie ohne --continue neu</translation>
    </message>
    <message>
        <source>saved {0} (marked interrupted; resume with: nndesk train {1} --continue)</source>
        <translation>{0} gespeichert (als unterbrochen markiert; fortsetzen mit: nndesk train {1} --continue)</translation>
    </message>
    <message>
        <source>nothing saved (--out FILE keeps the training done)</source>
        <translation>nichts gespeichert (--out DATEI behält das geleistete Training)</translation>
    </message>
    <message>
        <source>training interrupted by {0} at epoch {1}; {2}</source>
        <translation>Training durch {0} bei Epoche {1} unterbrochen; {2}</translation>
    </message>
    <message>
        <source>{0}: network {1}, η {2}, α {3}, seed {4}</source>
        <translation>{0}: Netz {1}, η {2}, α {3}, Startwert {4}</translation>
    </message>
    <message>
        <source>final error {0}</source>
        <translation>Endfehler {0}</translation>
    </message>
    <message>
        <source>no final error</source>
        <translation>kein Endfehler</translation>
    </message>
    <message>
        <source>{0} epochs, {1}, {2} s ({3} epochs/s)</source>
        <translation>{0} Epochen, {1}, {2} s ({3} Epochen/s)</translation>
    </message>
    <message>
        <source>{0} held out</source>
        <translation>{0} zurückgehalten</translation>
    </message>
    <message>
        <source>Test rows {0}: test error {1}, {2} of {3} correct</source>
        <translation>Testzeilen {0}: Testfehler {1}, {2} von {3} richtig</translation>
    </message>
    <message>
        <source>Truth check: {0}</source>
        <translation>Wahrheitsprüfung: {0}</translation>
    </message>
    <message>
        <source> (the training rows)</source>
        <translation> (die Trainingszeilen)</translation>
    </message>
    <message>
        <source>train accuracy {0}</source>
        <translation>Trainingsgenauigkeit {0}</translation>
    </message>
    <message>
        <source>test accuracy {0}</source>
        <translation>Testgenauigkeit {0}</translation>
    </message>
    <message>
        <source>  (test row)</source>
        <translation>  (Testzeile)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Train a network on a project file or a preset without a window; print the epochs, the final error and the truth check. Starts from the seed&apos;s initial weights unless --continue. Exit 0 when every row comes out right, 1 when rows are still wrong (for example at the epoch limit), 2 for unusable input, 130 / 143 when interrupted.</source>
        <translation>Ein Netz ohne Fenster mit einer Projektdatei oder einer Vorlage trainieren; die Epochen, den Endfehler und die Wahrheitsprüfung ausgeben. Beginnt mit den Anfangsgewichten des Startwerts, außer mit --continue. Rückgabewert 0, wenn jede Zeile richtig herauskommt, 1, wenn noch Zeilen falsch sind (etwa an der Epochengrenze), 2 bei unbrauchbarer Eingabe, 130 / 143 nach einer Unterbrechung.</translation>
    </message>
    <message>
        <source>--rule: unknown rule {0}: choose from {1} (e.g. backprop,rprop)</source>
        <translation>--rule: unbekannte Regel {0}: wählen Sie aus {1} (z. B. backprop,rprop)</translation>
    </message>
    <message>
        <source>--rule: {0} after {1}: is not a learning rate</source>
        <translation>--rule: {0} nach {1}: ist keine Lernrate</translation>
    </message>
    <message>
        <source>--rule: the learning rate of {0} must be a number of 0 or more</source>
        <translation>--rule: die Lernrate von {0} muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>, test rows {0}</source>
        <translation>, Testzeilen {0}</translation>
    </message>
    <message>
        <source>{0}: network {1}, {2}, {3} seeds ({4} to {5}), at most {6} epochs each</source>
        <translation>{0}: Netz {1}, {2}, {3} Startwerte ({4} bis {5}), je höchstens {6} Epochen</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>median epochs</source>
        <translation>Median Epochen</translation>
    </message>
    <message>
        <source>p90 epochs</source>
        <translation>p90 Epochen</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>dataset presets ({0}) and the network&apos;s shape</source>
        <translation>Datensatz-Vorlagen ({0}) und die Form des Netzes</translation>
    </message>
    <message>
        <source>how many points to generate (default 500)</source>
        <translation>wie viele Punkte erzeugt werden (Vorgabe 500)</translation>
    </message>
    <message>
        <source>NOISE</source>
        <translation>RAUSCHEN</translation>
    </message>
    <message>
        <source>0 to 0.5, as the Playground&apos;s slider (default 0)</source>
        <translation>0 bis 0.5, wie der Schieberegler des Playgrounds (Vorgabe 0)</translation>
    </message>
    <message>
        <source>the share of the points held out as test rows (default 0.5)</source>
        <translation>der Anteil der Punkte, der als Testzeilen zurückgehalten wird (Vorgabe 0.5)</translation>
    </message>
    <message>
        <source>the seed of the points and test rows, apart from the weights&apos; --seed (default 1)</source>
        <translation>der Startwert der Punkte und Testzeilen, getrennt vom --seed der Gewichte (Vorgabe 1)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>the network&apos;s inputs, a comma list of {0}</source>
        <translation>die Eingaben des Netzes, eine Liste mit Kommas aus {0}</translation>
    </message>
    <message>
        <source>HIDDEN</source>
        <translation>SCHICHTEN</translation>
    </message>
    <message>
        <source>hidden layer sizes, such as 8,8 (a fresh network from the seed)</source>
        <translation>Größen der verborgenen Schichten, etwa 8,8 (ein neues Netz ab dem Startwert)</translation>
    </message>
    <message>
        <source>the hidden layers&apos; activation (a fresh network from the seed)</source>
        <translation>die Aktivierung der verborgenen Schichten (ein neues Netz ab dem Startwert)</translation>
    </message>
    <message>
        <source>--hidden must be neuron counts such as 3 or 8,8; not {0}</source>
        <translation>--hidden muss aus Neuronenzahlen bestehen, etwa 3 oder 8,8; nicht {0}</translation>
    </message>
    <message>
        <source>{0} is for the dataset presets ({1}), not a table</source>
        <translation>{0} gilt für die Datensatz-Vorlagen ({1}), nicht für eine Tabelle</translation>
    </message>
    <message>
        <source>--hidden and --activation make a new network: leave out --continue</source>
        <translation>--hidden und --activation erzeugen ein neues Netz: lassen Sie --continue weg</translation>
    </message>
    <message>
        <source>--noise must be from 0 to 0.5</source>
        <translation>--noise muss zwischen 0 und 0.5 liegen</translation>
    </message>
    <message>
        <source>{0} (--samples from 1 to {1}, --noise 0 to 0.5, --test-fraction from 0 up to 1)</source>
        <translation>{0} (--samples von 1 bis {1}, --noise 0 bis 0.5, --test-fraction ab 0 bis unter 1)</translation>
    </message>
    <message>
        <source>training method (default: the file&apos;s, else the article&apos;s online backprop)</source>
        <translation>Trainingsverfahren (Vorgabe: das aus der Datei, sonst das Online-Backprop des Artikels)</translation>
    </message>
    <message>
        <source>RULE[,RULE...]</source>
        <translation>REGEL[,REGEL...]</translation>
    </message>
    <message>
        <source>the update rule, {0}; several (such as backprop,rprop,adam) compare them on the same seeds, each with its own --eta if --eta lists as many</source>
        <translation>die Lernregel, {0}; mehrere (etwa backprop,rprop,adam) werden auf denselben Startwerten verglichen, jede mit eigenem --eta, wenn --eta ebenso viele nennt</translation>
    </message>
    <message>
        <source>the update rule (rprop learns from the whole table)</source>
        <translation>die Lernregel (rprop lernt aus der ganzen Tabelle)</translation>
    </message>
    <message>
        <source>rows per update: 1 online (the article&apos;s), N mini-batches, all the whole table</source>
        <translation>Zeilen je Schritt: 1 online (wie im Artikel), N Mini-Batches, all die ganze Tabelle</translation>
    </message>
    <message>
        <source>the loss whose gradient is followed</source>
        <translation>die Verlustfunktion, deren Gradient verfolgt wird</translation>
    </message>
    <message>
        <source>pull each weight (not the bias) towards 0</source>
        <translation>jedes Gewicht (nicht den Bias) in Richtung 0 ziehen</translation>
    </message>
    <message>
        <source>how the initial weights are drawn from the seed</source>
        <translation>wie die Anfangsgewichte aus dem Startwert gezogen werden</translation>
    </message>
    <message>
        <source>train each epoch&apos;s rows in a new order</source>
        <translation>die Zeilen jeder Epoche in neuer Reihenfolge trainieren</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>hold these rows out of training, e.g. 3,7 (from 1)</source>
        <translation>diese Zeilen vom Training zurückhalten, z. B. 3,7 (ab 1 gezählt)</translation>
    </message>
    <message>
        <source>with test rows: stop when the test error has not improved for N epochs, and go back to the weights of the best one</source>
        <translation>mit Testzeilen: anhalten, wenn sich der Testfehler N Epochen lang nicht verbessert hat, und zu den Gewichten der besten Epoche zurückkehren</translation>
    </message>
    <message>
        <source>--batch must be a number of rows of 1 or more, or all; not {0}</source>
        <translation>--batch muss eine Zeilenzahl ab 1 sein oder all; nicht {0}</translation>
    </message>
    <message>
        <source>--patience must be a number of epochs of 1 or more</source>
        <translation>--patience muss eine Epochenzahl ab 1 sein</translation>
    </message>
    <message>
        <source>--patience stops on the test error: give the test rows too, e.g. --test-rows 3,7</source>
        <translation>--patience hält nach dem Testfehler an: Geben Sie auch die Testzeilen an, z. B. --test-rows 3,7</translation>
    </message>
    <message>
        <source>Rprop, whole table</source>
        <translation>Rprop, ganze Tabelle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>whole table</source>
        <translation>ganze Tabelle</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>Batches zu {0}</translation>
    </message>
    <message>
        <source>weight decay {0}</source>
        <translation>Gewichtsabnahme {0}</translation>
    </message>
    <message>
        <source>{0} initial weights</source>
        <translation>Anfangsgewichte {0}</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>a project file (.nndesk); a preset name works too</source>
        <translation>eine Projektdatei (.nndesk); der Name einer Vorlage geht auch</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>ein JSON-Objekt statt Text ausgeben</translation>
    </message>
    <message>
        <source>print nothing; only the exit code tells</source>
        <translation>nichts ausgeben; nur der Rückgabewert sagt das Ergebnis</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>LEKTION</translation>
    </message>
    <message>
        <source>grade {0} against a lesson&apos;s goal instead (a built-in lesson&apos;s name, see nndesk lessons, or a lesson file): one line per condition</source>
        <translation>stattdessen {0} am Ziel einer Lektion bewerten (Name einer eingebauten Lektion, siehe nndesk lessons, oder eine Lektionsdatei): eine Zeile je Bedingung</translation>
    </message>
    <message>
        <source>check interrupted by {0} at epoch {1}; nothing was checked (nothing is written by a check)</source>
        <translation>Prüfung durch {0} bei Epoche {1} unterbrochen; nichts wurde geprüft (eine Prüfung schreibt nichts)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>{0} {1}: {2} after {3} (seed {4})</source>
        <translation>{0} {1}: {2} nach {3} (Startwert {4})</translation>
    </message>
    <message>
        <source>Not what its settings give: {0}</source>
        <translation>Nicht das, was seine Einstellungen ergeben: {0}</translation>
    </message>
    <message>
        <source>The stored network is its replay: seed {0}, {1} epochs</source>
        <translation>Das gespeicherte Netz ist seine Wiederholung: Startwert {0}, {1} Epochen</translation>
    </message>
    <message>
        <source>, {0} recorded changes</source>
        <translation>, {0} aufgezeichnete Änderungen</translation>
    </message>
    <message>
        <source>Verify a project file (for grading): retrain it from its seed and settings, and replay its recorded run to compare with the stored network. Exit 0 when every row of its table is right after training and the stored network is its replay, 1 when not, 2 when the file cannot be used, 130 / 143 when interrupted.</source>
        <translation>Eine Projektdatei prüfen (zum Bewerten): sie ab ihrem Startwert mit ihren Einstellungen neu trainieren und ihren aufgezeichneten Lauf wiederholen, um ihn mit dem gespeicherten Netz zu vergleichen. Rückgabewert 0, wenn nach dem Training jede Zeile ihrer Tabelle richtig ist und das gespeicherte Netz seine Wiederholung ist, 1, wenn nicht, 2, wenn die Datei unbrauchbar ist, 130 / 143 nach einer Unterbrechung.</translation>
    </message>
    <message>
        <source>{0}; nothing was installed</source>
        <translation>{0}; nichts wurde installiert</translation>
    </message>
    <message>
        <source>wrote {0} (starts {1})</source>
        <translation>{0} geschrieben (startet {1})</translation>
    </message>
    <message>
        <source>wrote {0}</source>
        <translation>{0} geschrieben</translation>
    </message>
    <message>
        <source>wrote {0} (.nndesk files: {1})</source>
        <translation>{0} geschrieben (.nndesk-Dateien: {1})</translation>
    </message>
    <message>
        <source>cannot remove {0}: {1}</source>
        <translation>{0} kann nicht entfernt werden: {1}</translation>
    </message>
    <message>
        <source>removed {0}</source>
        <translation>{0} entfernt</translation>
    </message>
    <message>
        <source>nothing to remove: nndesk is not in the menu of {0}</source>
        <translation>nichts zu entfernen: nndesk steht nicht im Menü von {0}</translation>
    </message>
    <message>
        <source>cannot write to {0}: {1}</source>
        <translation>kann nicht in {0} schreiben: {1}</translation>
    </message>
    <message>
        <source>{0} is not installed: the desktop reads {1} at its next start</source>
        <translation>{0} ist nicht installiert: Der Desktop liest {1} bei seinem nächsten Start</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>ran {0} {1}</source>
        <translation>{0} {1} ausgeführt</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <source>install: add nndesk to the application menu and open .nndesk files with it; uninstall: remove exactly what install added</source>
        <translation>install: nndesk ins Anwendungsmenü aufnehmen und .nndesk-Dateien damit öffnen; uninstall: genau das entfernen, was install hinzugefügt hat</translation>
    </message>
    <message>
        <source>Add nndesk to the desktop&apos;s application menu (with its icon, opening .nndesk files), or remove it. Writes under $XDG_DATA_HOME (default ~/.local/share).</source>
        <translation>nndesk ins Anwendungsmenü des Desktops aufnehmen (mit seinem Symbol, als Programm für .nndesk-Dateien) oder wieder entfernen. Schreibt unter $XDG_DATA_HOME (Vorgabe ~/.local/share).</translation>
    </message>
    <message>
        <source>also say what each preset computes</source>
        <translation>auch sagen, was jede Vorlage berechnet</translation>
    </message>
    <message>
        <source>{0} in, {1} out</source>
        <translation>{0} ein, {1} aus</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>List the preset tables.</source>
        <translation>Die Vorlagen auflisten (links der Name zum Eintippen, rechts der Name im Fenster, wo er anders lautet).</translation>
    </message>
    <message>
        <source>the PDF file to write, such as sheet.pdf</source>
        <translation>die PDF-Datei, die geschrieben wird, etwa blatt.pdf</translation>
    </message>
    <message>
        <source>the table row (from 1) to compute by hand (default: the first with an input not 0)</source>
        <translation>die Tabellenzeile (ab 1), die von Hand gerechnet wird (Vorgabe: die erste mit einer Eingabe ungleich 0)</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>the worksheet&apos;s title (default: the project&apos;s name or file name)</source>
        <translation>der Titel des Arbeitsblatts (Vorgabe: der Name des Projekts oder der Datei)</translation>
    </message>
    <message>
        <source>could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>wrote {0}: {1} blanks for row {2}, answers on the last pages</source>
        <translation>{0} geschrieben: {1} Lücken für Zeile {2}, Lösungen auf den letzten Seiten</translation>
    </message>
    <message>
        <source>Write a printable worksheet (PDF) of a network: weights, a forward pass and one update to compute by hand, answers on a separate page.</source>
        <translation>Ein druckbares Arbeitsblatt (PDF) zu einem Netz schreiben: Gewichte, ein Vorwärtsdurchlauf und eine Aktualisierung zum Rechnen von Hand, die Lösungen auf einer eigenen Seite.</translation>
    </message>
    <message>
        <source>print a list of objects with the keys name, title, start and solution</source>
        <translation>eine Liste von Objekten mit den Schlüsseln name, title, start und solution ausgeben</translation>
    </message>
    <message>
        <source>List the built-in lessons: open a lesson&apos;s start file in nndesk, and grade a student&apos;s project with nndesk check FILE --lesson NAME.</source>
        <translation>Die eingebauten Lektionen auflisten: Öffnen Sie die Startdatei einer Lektion in nndesk und bewerten Sie das Projekt eines Schülers mit nndesk check DATEI --lesson NAME.</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message>
        <source>1 value</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>{0} values</source>
        <translation>{0} Werte</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>{0} inputs</source>
        <translation>{0} Eingaben</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>{0} targets</source>
        <translation>{0} Ziele</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>{0} columns</source>
        <translation>{0} Spalten</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} Zeilen</translation>
    </message>
    <message>
        <source>1 number</source>
        <translation>1 Zahl</translation>
    </message>
    <message>
        <source>{0} numbers</source>
        <translation>{0} Zahlen</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} Fehler</translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation>1 Startwert</translation>
    </message>
    <message>
        <source>{0} seeds</source>
        <translation>{0} Startwerte</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>a cell is too long (more than {0:,} characters)</source>
        <translation>eine Zelle ist zu lang (mehr als {0:,} Zeichen)</translation>
    </message>
    <message>
        <source>a line break inside a cell; put such a cell in quotes</source>
        <translation>ein Zeilenumbruch in einer Zelle; setzen Sie eine solche Zelle in Anführungszeichen</translation>
    </message>
    <message>
        <source>it holds a NUL character, which text does not</source>
        <translation>sie enthält ein NUL-Zeichen, das in Text nicht vorkommt</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>Choose at least one target column</source>
        <translation>Wählen Sie mindestens eine Zielspalte</translation>
    </message>
    <message>
        <source>At least one column must stay an input</source>
        <translation>Mindestens eine Spalte muss eine Eingabe bleiben</translation>
    </message>
    <message>
        <source>Line {0}, column {1}: an input cannot be a don&apos;t-care (x)</source>
        <translation>Zeile {0}, Spalte {1}: Eine Eingabe kann nicht beliebig (x) sein</translation>
    </message>
    <message>
        <source>Line {0} has {1} but the header names {2}</source>
        <translation>Zeile {0} hat {1}, aber die Kopfzeile nennt {2}</translation>
    </message>
    <message>
        <source>The file has more than {0:,} rows of numbers; nndesk works with at most {0:,}</source>
        <translation>Die Datei hat mehr als {0:,} Zeilen mit Zahlen; nndesk arbeitet mit höchstens {0:,}</translation>
    </message>
    <message>
        <source>The file has more than {0:,} values ({1:,} columns, line {2}); nndesk works with at most {0:,}</source>
        <translation>Die Datei hat mehr als {0:,} Werte ({1:,} Spalten, Zeile {2}); nndesk arbeitet mit höchstens {0:,}</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line of column names and rows of numbers</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile mit Spaltennamen und Zeilen mit Zahlen</translation>
    </message>
    <message>
        <source>The file has column names but no rows of numbers</source>
        <translation>Die Datei hat Spaltennamen, aber keine Zeilen mit Zahlen</translation>
    </message>
    <message>
        <source>Line {0} names the target &apos;{1}&apos;, which is not a column of the header</source>
        <translation>Zeile {0} nennt das Ziel &apos;{1}&apos;, das keine Spalte der Kopfzeile ist</translation>
    </message>
    <message>
        <source>it cannot be read as CSV ({0})</source>
        <translation>sie kann nicht als CSV gelesen werden ({0})</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself (a loop)</source>
        <translation>es ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file (a device or a pipe)</source>
        <translation>es ist keine gewöhnliche Datei (ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>it is {0}; nndesk opens files of at most {1}</source>
        <translation>sie ist {0} groß; nndesk öffnet Dateien von höchstens {1}</translation>
    </message>
    <message>
        <source>{0:,} bytes ({1:,} over)</source>
        <translation>{0:,} Byte ({1:,} zu viel)</translation>
    </message>
    <message>
        <source>The file starts as {0} text but is damaged further on</source>
        <translation>Die Datei beginnt als {0}-Text, ist aber weiter hinten beschädigt</translation>
    </message>
    <message>
        <source>It is not a text file (it holds binary data): save the table as CSV text</source>
        <translation>Es ist keine Textdatei (sie enthält Binärdaten): Speichern Sie die Tabelle als CSV-Text</translation>
    </message>
    <message>
        <source>Line {0} names {1:,} columns; nndesk works with at most {2:,}</source>
        <translation>Zeile {0} nennt {1:,} Spalten; nndesk arbeitet mit höchstens {2:,}</translation>
    </message>
    <message>
        <source>Line {0}, column {1} of the header: {2}</source>
        <translation>Zeile {0}, Spalte {1} der Kopfzeile: {2}</translation>
    </message>
    <message>
        <source>Line {0} must name the columns (it holds only numbers): add a header line</source>
        <translation>Zeile {0} muss die Spalten benennen (sie enthält nur Zahlen): Fügen Sie eine Kopfzeile hinzu</translation>
    </message>
    <message>
        <source>Line {0}, column {1}: {2}</source>
        <translation>Zeile {0}, Spalte {1}: {2}</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>DatasetDock</name>
    <message>
        <source>Problem data</source>
        <translation>Problemdaten</translation>
    </message>
    <message>
        <source>Cannot generate {0}: {1}</source>
        <translation>{0} kann nicht erzeugt werden: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} points, noise {2}, {3} test rows; network {4}, η {5}, batches of 10</source>
        <translation>{0}: {1} Punkte, Rauschen {2}, {3} Testzeilen; Netz {4}, η {5}, Stapel zu 10</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Discretize the map</source>
        <translation>Karte als 0/1 zeigen</translation>
    </message>
    <message>
        <source>Show the decision map&apos;s output as 0 or 1 (thresholded) instead of its value</source>
        <translation>Die Ausgabe der Entscheidungskarte als 0 oder 1 zeigen (mit Schwelle) statt ihres Werts</translation>
    </message>
    <message>
        <source>Draw on the map</source>
        <translation>Auf der Karte zeichnen</translation>
    </message>
    <message>
        <source>Click the decision map to add a row there, drag to paint several, right-click to erase one (undo takes them back)</source>
        <translation>Klicken Sie in die Entscheidungskarte, um dort eine Zeile hinzuzufügen, ziehen Sie, um mehrere zu malen, Rechtsklick löscht eine (Rückgängig nimmt sie zurück)</translation>
    </message>
    <message>
        <source>The target y of the points drawn: 1 or 0 for a class, any value for a surface</source>
        <translation>Das Ziel y der gezeichneten Punkte: 1 oder 0 für eine Klasse, ein beliebiger Wert für eine Fläche</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Generate the points anew as the training table (a new network)</source>
        <translation>Die Punkte neu als Trainingstabelle erzeugen (ein neues Netz)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>TensorFlow Playground&apos;s problems</source>
        <translation>Die Probleme von TensorFlow Playground</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>How many points to generate</source>
        <translation>Wie viele Punkte erzeugt werden</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>0 to 0.5, as the Playground&apos;s slider</source>
        <translation>0 bis 0,5, wie der Schieberegler des Playground</translation>
    </message>
    <message>
        <source>Test share</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <source>The share of the points held out as test rows</source>
        <translation>Der Anteil der Punkte, der als Testzeilen zurückgehalten wird</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>Startwert der Daten</translation>
    </message>
    <message>
        <source>The seed of the points and test rows, apart from the weights&apos; seed</source>
        <translation>Der Startwert der Punkte und Testzeilen, getrennt vom Startwert der Gewichte</translation>
    </message>
    <message>
        <source>New points&apos; y</source>
        <translation>y neuer Punkte</translation>
    </message>
</context>
<context>
    <name>DatasetPresets</name>
    <message>
        <source>Points inside a circle (y = 1) or in a ring around it (y = 0), as in TensorFlow Playground</source>
        <translation>Punkte in einem Kreis (y = 1) oder in einem Ring darum (y = 0), wie im TensorFlow Playground</translation>
    </message>
    <message>
        <source>y = 1 where x1 and x2 have the same sign: the Playground&apos;s XOR of four quadrants</source>
        <translation>y = 1, wo x1 und x2 dasselbe Vorzeichen haben: das XOR aus vier Quadranten des Playground</translation>
    </message>
    <message>
        <source>Two clouds of points around (2, 2) (y = 1) and (-2, -2) (y = 0)</source>
        <translation>Zwei Punktwolken um (2, 2) (y = 1) und (-2, -2) (y = 0)</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, y = 1 and y = 0: the Playground&apos;s hardest problem</source>
        <translation>Zwei ineinander verschlungene Spiralarme, y = 1 und y = 0: die schwerste Aufgabe des Playground</translation>
    </message>
    <message>
        <source>Regression: y = (x1 + x2) / 10 over the square -6..6</source>
        <translation>Regression: y = (x1 + x2) / 10 über dem Quadrat -6..6</translation>
    </message>
    <message>
        <source>Regression: six bumps of height +1 or -1 over the square -6..6</source>
        <translation>Regression: sechs Hügel der Höhe +1 oder -1 über dem Quadrat -6..6</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadranten</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Hügel</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <source>the data seed must be a whole number from 0 to {0}, not {1}</source>
        <translation>der Startwert der Daten muss eine ganze Zahl von 0 bis {0} sein, nicht {1}</translation>
    </message>
    <message>
        <source>unknown dataset {0!r} (choose from {1})</source>
        <translation>unbekannter Datensatz {0!r} (zur Wahl: {1})</translation>
    </message>
    <message>
        <source>the number of points must be from 1 to {0:,}, not {1}</source>
        <translation>die Anzahl der Punkte muss zwischen 1 und {0:,} liegen, nicht {1}</translation>
    </message>
    <message>
        <source>the noise must be from 0 to {0}, not {1}</source>
        <translation>das Rauschen muss zwischen 0 und {0} liegen, nicht {1}</translation>
    </message>
    <message>
        <source>the test fraction must be from 0 up to (not including) 1, not {0}</source>
        <translation>der Testanteil muss von 0 bis (ausschließlich) 1 reichen, nicht {0}</translation>
    </message>
    <message>
        <source>a test fraction of {0:g} leaves none of the {1} points to train on</source>
        <translation>ein Testanteil von {0:g} lässt keinen der {1} Punkte zum Trainieren übrig</translation>
    </message>
    <message>
        <source>unknown feature {0!r} (choose from {1})</source>
        <translation>unbekanntes Merkmal {0!r} (zur Wahl: {1})</translation>
    </message>
    <message>
        <source>choose at least one feature from {0}</source>
        <translation>wählen Sie mindestens ein Merkmal aus {0}</translation>
    </message>
</context>
<context>
    <name>DecisionMap</name>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>light blue</source>
        <translation>hellblau</translation>
    </message>
    <message>
        <source>dark blue</source>
        <translation>dunkelblau</translation>
    </message>
    <message>
        <source>Decision map colour scale</source>
        <translation>Farbskala der Entscheidungskarte</translation>
    </message>
    <message>
        <source>{0} is output {1}, {2} is output 1; the dashed line is the threshold {3}. Discs are rows with target 1, squares rows with target 0.</source>
        <translation>{0} ist Ausgabe {1}, {2} ist Ausgabe 1; die gestrichelte Linie ist die Schwelle {3}. Scheiben sind Zeilen mit Ziel 1, Quadrate Zeilen mit Ziel 0.</translation>
    </message>
    <message>
        <source>Crosses are rows whose target does not matter.</source>
        <translation>Kreuze sind Zeilen, deren Ziel keine Rolle spielt.</translation>
    </message>
    <message>
        <source>Triangles are test rows, held out of training, filled as the disc of target 1 or the square of target 0.</source>
        <translation>Dreiecke sind Testzeilen, vom Training zurückgehalten, gefüllt wie die Scheibe von Ziel 1 oder das Quadrat von Ziel 0.</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>target 1</source>
        <translation>Ziel 1</translation>
    </message>
    <message>
        <source>target 0</source>
        <translation>Ziel 0</translation>
    </message>
    <message>
        <source>threshold {0}</source>
        <translation>Schwelle {0}</translation>
    </message>
    <message>
        <source>don&apos;t care</source>
        <translation>egal</translation>
    </message>
    <message>
        <source>test row</source>
        <translation>Testzeile</translation>
    </message>
    <message>
        <source>across</source>
        <translation>waagrecht</translation>
    </message>
    <message>
        <source>Input across the map</source>
        <translation>Eingabe waagrecht über die Karte</translation>
    </message>
    <message>
        <source>up</source>
        <translation>senkrecht</translation>
    </message>
    <message>
        <source>Input up the map</source>
        <translation>Eingabe senkrecht über die Karte</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Output shown on the map</source>
        <translation>Auf der Karte gezeigte Ausgabe</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>A map needs two inputs: this table has one.</source>
        <translation>Eine Karte braucht zwei Eingaben: Diese Tabelle hat eine.</translation>
    </message>
    <message>
        <source>The other inputs stay at their values in “Try it”.</source>
        <translation>Die übrigen Eingaben behalten ihre Werte aus „Ausprobieren“.</translation>
    </message>
    <message>
        <source>{0} is 1 on {1} of the map; at the rows {2}</source>
        <translation>{0} ist 1 auf {1} der Karte; bei den Zeilen {2}</translation>
    </message>
    <message>
        <source>the 1 row</source>
        <translation>der 1 Zeile</translation>
    </message>
    <message>
        <source>the {0} rows</source>
        <translation>den {0} Zeilen</translation>
    </message>
    <message>
        <source>Marked: {0} with {1}</source>
        <translation>Markiert: {0} mit {1}</translation>
    </message>
    <message>
        <source>No row of the table has {0}</source>
        <translation>Keine Zeile der Tabelle hat {0}</translation>
    </message>
    <message>
        <source>{0}; the other inputs stay at their values in “Try it”.</source>
        <translation>{0}; die übrigen Eingaben bleiben auf ihren Werten unter „Ausprobieren“.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Pause training to edit a weight (weights can be set while paused or stopped)</source>
        <translation>Pausieren Sie das Training, um ein Gewicht zu ändern (Gewichte lassen sich im pausierten oder gestoppten Zustand setzen)</translation>
    </message>
    <message>
        <source>This network diverged: press Reset or New weights before editing a weight</source>
        <translation>Dieses Netz ist divergiert: Drücken Sie Zurücksetzen oder Neue Gewichte, bevor Sie ein Gewicht ändern</translation>
    </message>
    <message>
        <source>A weight must be a finite number, not {0}</source>
        <translation>Ein Gewicht muss eine endliche Zahl sein, nicht {0}</translation>
    </message>
    <message>
        <source>The table has a new number of rows: no row is held out for testing any more</source>
        <translation>Die Tabelle hat eine neue Zeilenzahl: Keine Zeile wird mehr zum Testen zurückgehalten</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>{0} inputs</source>
        <translation>{0} Eingaben</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>{0} targets</source>
        <translation>{0} Ziele</translation>
    </message>
    <message>
        <source>The table now has {0} and {1}: network {2}, weights re-initialised</source>
        <translation>Die Tabelle hat jetzt {0} und {1}: Netz {2}, Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>Cannot use these features: {0}</source>
        <translation>Diese Merkmale sind nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Features are made from two inputs x1, x2; this table has {0}</source>
        <translation>Merkmale werden aus zwei Eingaben x1, x2 gebildet; diese Tabelle hat {0}</translation>
    </message>
    <message>
        <source>The network sees {0}: network {1}, weights re-initialised</source>
        <translation>Das Netz sieht {0}: Netz {1}, Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>Network {0}: weights re-initialised</source>
        <translation>Netz {0}: Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>Seed {0}: weights re-initialised</source>
        <translation>Startwert {0}: Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>The article&apos;s initial weights from seed {0}</source>
        <translation>Anfangsgewichte des Artikels aus Startwert {0}</translation>
    </message>
    <message>
        <source>Uniform initial weights from seed {0}</source>
        <translation>Gleichverteilte Anfangsgewichte aus Startwert {0}</translation>
    </message>
    <message>
        <source>Xavier initial weights from seed {0}</source>
        <translation>Xavier-Anfangsgewichte aus Startwert {0}</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Verfahren: {0}</translation>
    </message>
    <message>
        <source>{0}. Training starts again at epoch 0 from the same initial weights</source>
        <translation>{0}. Das Training beginnt wieder bei Epoche 0 mit denselben Anfangsgewichten</translation>
    </message>
    <message>
        <source>Learning rate η = {0}</source>
        <translation>Lernrate η = {0}</translation>
    </message>
    <message>
        <source>Momentum α = {0}</source>
        <translation>Momentum α = {0}</translation>
    </message>
    <message>
        <source>Method: {0}. The weights stay; momentum and the optimiser&apos;s memory start afresh</source>
        <translation>Verfahren: {0}. Die Gewichte bleiben; Momentum und das Gedächtnis des Optimierers beginnen neu</translation>
    </message>
    <message>
        <source>No test rows: training uses every row</source>
        <translation>Keine Testzeilen: Das Training nutzt jede Zeile</translation>
    </message>
    <message>
        <source>Test rows {0}: never trained on, their error is the test error</source>
        <translation>Testzeilen {0}: Mit ihnen wird nie trainiert, ihr Fehler ist der Testfehler</translation>
    </message>
    <message>
        <source>There is no weight {0}, {1}, {2} in the network {3}</source>
        <translation>Das Netz {3} hat kein Gewicht {0}, {1}, {2}</translation>
    </message>
    <message>
        <source>{0}; the loss is squared error: cross-entropy needs sigmoid outputs</source>
        <translation>{0}; der Verlust ist der quadratische Fehler: Kreuzentropie braucht Sigmoid-Ausgaben</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neues Netz</translation>
    </message>
    <message>
        <source>This network diverged: press Reset (same start) or New weights, with a smaller η</source>
        <translation>Dieses Netz ist divergiert: Zurücksetzen (gleicher Start) oder Neue Gewichte, mit kleinerem η</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>Already at the limit of {0}: raise Max epochs or press Reset</source>
        <translation>Die Grenze von {0} ist schon erreicht: Max. Epochen erhöhen oder Zurücksetzen</translation>
    </message>
    <message>
        <source>Training… (pause to edit the table or the network)</source>
        <translation>Training läuft… (pausieren, um Tabelle oder Netz zu bearbeiten)</translation>
    </message>
    <message>
        <source>Could not train this epoch: {0}</source>
        <translation>Diese Epoche konnte nicht trainiert werden: {0}</translation>
    </message>
    <message>
        <source>Stepped to epoch {0}: error {1}</source>
        <translation>Schritt zu Epoche {0}: Fehler {1}</translation>
    </message>
    <message>
        <source>Reset: epoch 0, the initial weights of seed {0}</source>
        <translation>Zurückgesetzt: Epoche 0, die Anfangsgewichte von Startwert {0}</translation>
    </message>
    <message>
        <source>New weights from seed {0}</source>
        <translation>Neue Gewichte aus Startwert {0}</translation>
    </message>
    <message>
        <source>Paused at epoch {0}</source>
        <translation>Pausiert bei Epoche {0}</translation>
    </message>
</context>
<context>
    <name>EditorsBinding</name>
    <message>
        <source>{0}: {1}; weights re-initialised</source>
        <translation>{0}: {1}; Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>Network {0}</source>
        <translation>Netz {0}</translation>
    </message>
</context>
<context>
    <name>ErrorPlot</name>
    <message>
        <source>Press Train to start</source>
        <translation>Start mit Trainieren</translation>
    </message>
    <message>
        <source>Error plot</source>
        <translation>Fehlerkurve</translation>
    </message>
    <message>
        <source>Epoch error against epoch. Drag to pan, wheel to zoom, &apos;A&apos; to follow again, right-click for options.</source>
        <translation>Epochenfehler über der Epoche. Ziehen verschiebt, das Mausrad zoomt, &apos;A&apos; folgt wieder, Rechtsklick für Optionen.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>epoch error</source>
        <translation>Epochenfehler</translation>
    </message>
    <message>
        <source>{0} epochs; error now {1}, lowest {2}, target {3}</source>
        <translation>{0} Epochen; Fehler jetzt {1}, niedrigster {2}, Ziel {3}</translation>
    </message>
    <message>
        <source>target error {0}</source>
        <translation>Zielfehler {0}</translation>
    </message>
</context>
<context>
    <name>Expressions</name>
    <message>
        <source>{0}: unexpected character &apos;{1}&apos;</source>
        <translation>{0}: unerwartetes Zeichen &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Line {0}, column {1}</source>
        <translation>Zeile {0}, Spalte {1}</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>a new statement</source>
        <translation>eine neue Anweisung</translation>
    </message>
    <message>
        <source>{0}: expected {1}, found {2}</source>
        <translation>{0}: erwartet {1}, gefunden {2}</translation>
    </message>
    <message>
        <source>an operator, &apos;;&apos; or the end of the line</source>
        <translation>ein Operator, &apos;;&apos; oder das Zeilenende</translation>
    </message>
    <message>
        <source>Type at least one statement such as  Y = A &amp; B</source>
        <translation>Geben Sie mindestens eine Anweisung ein, etwa  Y = A &amp; B</translation>
    </message>
    <message>
        <source>the name of an output, as in  Y = A &amp; B</source>
        <translation>der Name einer Ausgabe, wie in  Y = A &amp; B</translation>
    </message>
    <message>
        <source>&apos;=&apos; after {0}</source>
        <translation>&apos;=&apos; nach {0}</translation>
    </message>
    <message>
        <source>&apos;)&apos;</source>
        <translation>&apos;)&apos;</translation>
    </message>
    <message>
        <source>a name, 0, 1, ? or &apos;(&apos;</source>
        <translation>ein Name, 0, 1, ? oder &apos;(&apos;</translation>
    </message>
    <message>
        <source>The expressions are nested too deeply: use fewer parentheses or ~ in a row</source>
        <translation>Die Ausdrücke sind zu tief verschachtelt: Verwenden Sie weniger Klammern oder ~ hintereinander</translation>
    </message>
    <message>
        <source>{0}: {1} is already defined above</source>
        <translation>{0}: {1} ist oben bereits definiert</translation>
    </message>
    <message>
        <source>{0}: {1} is used as an input above; define it before using it, or give the output another name</source>
        <translation>{0}: {1} wird oben als Eingabe verwendet; definieren Sie es vor der Verwendung oder geben Sie der Ausgabe einen anderen Namen</translation>
    </message>
    <message>
        <source>The expressions use no inputs: write some, as in  Y = A &amp; B</source>
        <translation>Die Ausdrücke verwenden keine Eingaben: Schreiben Sie welche, wie in  Y = A &amp; B</translation>
    </message>
    <message>
        <source>{0} inputs would make {1:,} rows; use at most {2} inputs</source>
        <translation>{0} Eingaben ergäben {1:,} Zeilen; verwenden Sie höchstens {2} Eingaben</translation>
    </message>
</context>
<context>
    <name>FeatureToggles</name>
    <message>
        <source>The network sees</source>
        <translation>Das Netz sieht</translation>
    </message>
    <message>
        <source>The inputs the network is given, made from the table&apos;s two inputs x₁, x₂ (the table and the map stay in x₁, x₂). A change gives new weights.</source>
        <translation>Die Eingaben, die das Netz erhält, gebildet aus den zwei Eingaben x₁, x₂ der Tabelle (Tabelle und Karte bleiben in x₁, x₂). Eine Änderung ergibt neue Gewichte.</translation>
    </message>
    <message>
        <source>Feature {0}</source>
        <translation>Merkmal {0}</translation>
    </message>
    <message>
        <source>Give the network {0} as an input</source>
        <translation>Dem Netz {0} als Eingabe geben</translation>
    </message>
    <message>
        <source>Features are made from two inputs x₁, x₂; this table has {0}.</source>
        <translation>Merkmale werden aus zwei Eingaben x₁, x₂ gebildet; diese Tabelle hat {0}.</translation>
    </message>
    <message>
        <source>Features {0}</source>
        <translation>Merkmale {0}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Link Axis:</source>
        <translation>Achse koppeln an:</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Koppelt diese Achse an eine andere Ansicht. Gekoppelt zeigen beide Ansichten denselben Datenbereich.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Wie viel Prozent der Daten beim automatischen Skalieren sichtbar sind. Bei Daten mit einzelnen Ausreißern hilft ein kleinerer Wert.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Passt diese Achse jedes Mal an, wenn sich die gezeigten Daten ändern.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Den Bereich dieser Achse von Hand festlegen. Das schaltet das automatische Skalieren aus. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Der kleinste Wert, den diese Achse zeigt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Der größte Wert, den diese Achse zeigt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Kehrt diese Achse um (+y zeigt dann nach unten statt nach oben).&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Invert Axis</source>
        <translation>Achse umkehren</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Erlaubt, diese Achse mit der Maus zu verschieben und zu skalieren.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Mouse Enabled</source>
        <translation>Mit der Maus</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Angehakt skaliert die Achse nur nach den Daten, die entlang der anderen Achse sichtbar sind.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Visible Data Only</source>
        <translation>Nur sichtbare Daten</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Angehakt verschiebt sich die Achse so, dass die Daten in der Mitte stehen; ihr Maßstab bleibt.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Auto Pan Only</source>
        <translation>Nur mitführen</translation>
    </message>
    <message>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Zeigt den Mittelwert der Kurven dieses Diagramms. In der Liste wählen Sie, über welche Parameter gemittelt wird (falls es welche gibt).</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Zeichnet von jeder Kurve nur den sichtbaren Teil. Setzt gleichmäßig verteilte X-Werte voraus.</translation>
    </message>
    <message>
        <source>Clip to View</source>
        <translation>Nur Sichtbares zeichnen</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>Zeigt das Diagramm mehrere Kurven, begrenzt dieses Kästchen ihre Zahl.</translation>
    </message>
    <message>
        <source>Max Traces:</source>
        <translation>Höchstens Kurven:</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Dünnt aus, indem eine Sägezahnlinie den Minima und Maxima der Daten folgt. Gibt das getreueste Bild der Daten, ist aber langsamer.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitzen</translation>
    </message>
    <message>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>Zeigt das Diagramm mehrere Kurven, haken Sie „Höchstens Kurven“ an und begrenzen Sie mit diesem Wert ihre Zahl.</translation>
    </message>
    <message>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>Ist „Höchstens Kurven“ angehakt, werden ausgeblendete Kurven aus dem Speicher entfernt (spart Speicher, sie lassen sich dann aber nicht wieder einblenden).</translation>
    </message>
    <message>
        <source>Forget hidden traces</source>
        <translation>Ausgeblendete Kurven vergessen</translation>
    </message>
    <message>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>Dünnt aus, indem je N Werte gemittelt werden.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>Dünnt aus, indem von je N Werten der erste genommen wird. Am schnellsten und am ungenauesten.</translation>
    </message>
    <message>
        <source>Subsample</source>
        <translation>Jeden N-ten</translation>
    </message>
    <message>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Dünnt je nach sichtbarem Bereich automatisch aus. Setzt gleichmäßig verteilte X-Werte voraus.</translation>
    </message>
    <message>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Daten vor dem Zeichnen ausdünnen (jeden N-ten Wert zeichnen).</translation>
    </message>
    <message>
        <source>Y vs. Y&apos;</source>
        <translation>Y gegen Y&apos;</translation>
    </message>
    <message>
        <source>Power Spectrum (FFT)</source>
        <translation>Leistungsspektrum (FFT)</translation>
    </message>
    <message>
        <source>Subtract Mean</source>
        <translation>Mittelwert abziehen</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Show X Grid</source>
        <translation>X-Gitter zeigen</translation>
    </message>
    <message>
        <source>Show Y Grid</source>
        <translation>Y-Gitter zeigen</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
</context>
<context>
    <name>ForwardPass</name>
    <message>
        <source>bias weight = {0}   (× the bias neuron&apos;s 1)</source>
        <translation>Bias-Gewicht = {0}   (× die 1 des Bias-Neurons)</translation>
    </message>
    <message>
        <source>inputs: {0}</source>
        <translation>Eingaben: {0}</translation>
    </message>
    <message>
        <source>outputs: {0}</source>
        <translation>Ausgaben: {0}</translation>
    </message>
    <message>
        <source>Forward pass, neuron by neuron</source>
        <translation>Vorwärtsdurchlauf, Neuron für Neuron</translation>
    </message>
</context>
<context>
    <name>Gates</name>
    <message>
        <source>on in {0} of {1} rows</source>
        <translation>an in {0} von {1} Zeilen</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>check interrupted by {0}; nothing was graded</source>
        <translation>Prüfung durch {0} unterbrochen; nichts wurde bewertet</translation>
    </message>
    <message>
        <source>PASS {0}: lesson {1} ({2}), {3} of {4} conditions met</source>
        <translation>BESTANDEN {0}: Lektion {1} ({2}), {3} von {4} Bedingungen erfüllt</translation>
    </message>
    <message>
        <source>FAIL {0}: lesson {1} ({2}), {3} of {4} conditions met</source>
        <translation>NICHT BESTANDEN {0}: Lektion {1} ({2}), {3} von {4} Bedingungen erfüllt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>NOT</source>
        <translation>NICHT</translation>
    </message>
    <message>
        <source>the table is the lesson&apos;s</source>
        <translation>die Tabelle ist die der Lektion</translation>
    </message>
    <message>
        <source>the table is not the lesson&apos;s: this lesson keeps its table</source>
        <translation>die Tabelle ist nicht die der Lektion: diese Lektion behält ihre Tabelle</translation>
    </message>
    <message>
        <source>{0}: train to see</source>
        <translation>{0}: nach dem Trainieren zu sehen</translation>
    </message>
    <message>
        <source>converged at epoch {0} (error {1})</source>
        <translation>konvergiert bei Epoche {0} (Fehler {1})</translation>
    </message>
    <message>
        <source>did not converge: {0}</source>
        <translation>nicht konvergiert: {0}</translation>
    </message>
    <message>
        <source>does not converge, as asked ({0} epochs, error {1})</source>
        <translation>konvergiert nicht, wie verlangt ({0} Epochen, Fehler {1})</translation>
    </message>
    <message>
        <source>converged at epoch {0}, but this lesson asks for a network that cannot learn it</source>
        <translation>konvergiert bei Epoche {0}, aber diese Lektion verlangt ein Netz, das es nicht lernen kann</translation>
    </message>
    <message>
        <source>every row right by at least {0} (smallest margin {1})</source>
        <translation>jede Zeile mit mindestens {0} Abstand richtig (kleinster Abstand {1})</translation>
    </message>
    <message>
        <source>not every row right by {0}: the smallest margin is {1}, {2} short</source>
        <translation>nicht jede Zeile mit {0} Abstand richtig: der kleinste Abstand ist {1}, es fehlen {2}</translation>
    </message>
    <message>
        <source>converged at epoch {0}: {1} epochs to spare of {2}</source>
        <translation>konvergiert bei Epoche {0}: {1} von {2} Epochen übrig</translation>
    </message>
    <message>
        <source>not converged within {0} epochs (error {1} at epoch {2})</source>
        <translation>nicht innerhalb von {0} Epochen konvergiert (Fehler {1} bei Epoche {2})</translation>
    </message>
    <message>
        <source>method {0}</source>
        <translation>Verfahren {0}</translation>
    </message>
    <message>
        <source>method {0}: this lesson asks for {1}</source>
        <translation>Verfahren {0}: diese Lektion verlangt {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>{0} {1} is below {2} by {3}</source>
        <translation>{0} {1} liegt um {3} unter {2}</translation>
    </message>
    <message>
        <source>{0} {1} is above {2} by {3}</source>
        <translation>{0} {1} liegt um {3} über {2}</translation>
    </message>
    <message>
        <source>{0} {1}, as asked</source>
        <translation>{0} {1}, wie verlangt</translation>
    </message>
    <message>
        <source>{0} {1} is in {2}</source>
        <translation>{0} {1} liegt in {2}</translation>
    </message>
    <message>
        <source>1 hidden neuron</source>
        <translation>1 verborgenes Neuron</translation>
    </message>
    <message>
        <source>{0} hidden neurons</source>
        <translation>{0} verborgene Neuronen</translation>
    </message>
    <message>
        <source>{0}, at most {1} allowed</source>
        <translation>{0}, höchstens {1} erlaubt</translation>
    </message>
    <message>
        <source>{0}: {1} more than the {2} allowed</source>
        <translation>{0}: {1} mehr als die erlaubten {2}</translation>
    </message>
    <message>
        <source>no hidden neurons</source>
        <translation>keine verborgenen Neuronen</translation>
    </message>
    <message>
        <source>a hidden neuron computes {0} ({1})</source>
        <translation>ein verborgenes Neuron berechnet {0} ({1})</translation>
    </message>
    <message>
        <source>no hidden neuron computes {0} exactly (they compute: {1})</source>
        <translation>kein verborgenes Neuron berechnet genau {0} (sie berechnen: {1})</translation>
    </message>
    <message>
        <source>no test rows: mark some rows as test rows (held out)</source>
        <translation>keine Testzeilen: markieren Sie einige Zeilen als Testzeilen (zurückgehalten)</translation>
    </message>
    <message>
        <source>test error {0} is below {1}</source>
        <translation>Testfehler {0} liegt unter {1}</translation>
    </message>
    <message>
        <source>test error {0} is not below {1}</source>
        <translation>Testfehler {0} liegt nicht unter {1}</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>every row right with a margin</source>
        <translation>jede Zeile mit Abstand richtig</translation>
    </message>
    <message>
        <source>converged in time</source>
        <translation>rechtzeitig konvergiert</translation>
    </message>
    <message>
        <source>a hidden neuron&apos;s gate</source>
        <translation>das Gatter eines verborgenen Neurons</translation>
    </message>
    <message>
        <source>the test error</source>
        <translation>der Testfehler</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <source>Export...</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Learning rate η: how far each weight moves after each row (Δw = η · gradient · output + …).</source>
        <translation>Lernrate η: wie weit sich jedes Gewicht nach jeder Zeile bewegt (Δw = η · Gradient · Ausgabe + …).</translation>
    </message>
    <message>
        <source>Momentum α: the share of each weight&apos;s previous change added to its next one.</source>
        <translation>Momentum α: der Anteil der vorigen Änderung eines Gewichts, der zu seiner nächsten hinzukommt.</translation>
    </message>
    <message>
        <source>Seed: the same seed always gives the same starting weights; a new one starts afresh.</source>
        <translation>Startwert: Derselbe Startwert ergibt immer dieselben Anfangsgewichte; ein neuer beginnt von vorn.</translation>
    </message>
    <message>
        <source>New: pick a fresh random seed and start again from its weights.</source>
        <translation>Neu: einen neuen zufälligen Startwert wählen und mit seinen Gewichten neu beginnen.</translation>
    </message>
    <message>
        <source>Stop when: stop at an error below the target, or when every row is right.</source>
        <translation>Stopp bei: bei einem Fehler unter dem Ziel anhalten oder wenn jede Zeile richtig ist.</translation>
    </message>
    <message>
        <source>Error target: training stops once an epoch&apos;s error is below it.</source>
        <translation>Fehlerziel: Das Training endet, sobald der Fehler einer Epoche darunter liegt.</translation>
    </message>
    <message>
        <source>Margin: for &apos;All rows correct&apos;, how far every output must be past the threshold.</source>
        <translation>Abstand: für &apos;Alle Zeilen richtig&apos;, wie weit jede Ausgabe jenseits der Schwelle liegen muss.</translation>
    </message>
    <message>
        <source>Max epochs: training always stops after this many passes over the table.</source>
        <translation>Max. Epochen: Das Training endet immer nach so vielen Durchläufen durch die Tabelle.</translation>
    </message>
    <message>
        <source>Preset: replace the table with a ready-made truth table.</source>
        <translation>Vorlage: die Tabelle durch eine fertige Wahrheitstabelle ersetzen.</translation>
    </message>
    <message>
        <source>The training table: inputs (blue) and targets (green); type x for a don&apos;t-care.</source>
        <translation>Die Trainingstabelle: Eingaben (blau) und Ziele (grün); x steht für beliebig.</translation>
    </message>
    <message>
        <source>Neurons in this hidden layer: more can learn harder tables, but train slower.</source>
        <translation>Neuronen in dieser verborgenen Schicht: Mehr lernen schwerere Tabellen, trainieren aber langsamer.</translation>
    </message>
    <message>
        <source>Activation: how this layer turns its weighted sum into its output.</source>
        <translation>Aktivierung: wie diese Schicht ihre gewichtete Summe in ihre Ausgabe verwandelt.</translation>
    </message>
    <message>
        <source>Activation of the output layer: sigmoid answers between 0 and 1.</source>
        <translation>Aktivierung der Ausgabeschicht: sigmoid antwortet zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>Remove this hidden layer (the weights start again).</source>
        <translation>Diese verborgene Schicht entfernen (die Gewichte beginnen neu).</translation>
    </message>
    <message>
        <source>Add a hidden layer after the last one (the weights start again).</source>
        <translation>Eine verborgene Schicht nach der letzten hinzufügen (die Gewichte beginnen neu).</translation>
    </message>
    <message>
        <source>The network&apos;s layers: inputs, hidden layers and outputs.</source>
        <translation>Die Schichten des Netzes: Eingaben, verborgene Schichten und Ausgaben.</translation>
    </message>
    <message>
        <source>The epoch error after each epoch; the dashed line is the error target.</source>
        <translation>Der Epochenfehler nach jeder Epoche; die gestrichelte Linie ist das Fehlerziel.</translation>
    </message>
    <message>
        <source>Flip the inputs and read the network&apos;s answer: large thresholded, small raw.</source>
        <translation>Die Eingaben umschalten und die Antwort des Netzes ablesen: groß mit Schwelle, klein roh.</translation>
    </message>
    <message>
        <source>Weights: blue solid positive, orange dashed negative, wider = stronger.</source>
        <translation>Gewichte: blau durchgezogen positiv, orange gestrichelt negativ, breiter = stärker.</translation>
    </message>
    <message>
        <source>Every row of the table with the network&apos;s answer, its margin and ✓ or ✗.</source>
        <translation>Jede Zeile der Tabelle mit der Antwort des Netzes, ihrem Abstand und ✓ oder ✗.</translation>
    </message>
    <message>
        <source>The output over two inputs: the dashed line is the decision boundary.</source>
        <translation>Die Ausgabe über zwei Eingaben: Die gestrichelte Linie ist die Entscheidungsgrenze.</translation>
    </message>
    <message>
        <source>Train on one row and read every number of the update.</source>
        <translation>Mit einer Zeile trainieren und jede Zahl der Aktualisierung ablesen.</translation>
    </message>
    <message>
        <source>Every weight as a number and a square: filled positive, hollow negative.</source>
        <translation>Jedes Gewicht als Zahl und als Quadrat: gefüllt positiv, hohl negativ.</translation>
    </message>
    <message>
        <source>The toggled inputs through each neuron: w·x, the bias, the sum, f(s).</source>
        <translation>Die geschalteten Eingaben durch jedes Neuron: w·x, der Bias, die Summe, f(s).</translation>
    </message>
    <message>
        <source>Train many seeds at once: how often does this network learn?</source>
        <translation>Viele Startwerte auf einmal trainieren: Wie oft lernt dieses Netz?</translation>
    </message>
    <message>
        <source>Seeds: how many starting weights the study trains.</source>
        <translation>Startwerte: wie viele Anfangsgewichte die Studie trainiert.</translation>
    </message>
    <message>
        <source>First seed: the study&apos;s seeds run upwards from this one.</source>
        <translation>Erster Startwert: Die Startwerte der Studie laufen von diesem an aufwärts.</translation>
    </message>
    <message>
        <source>Epoch limit: a seed not converged by then counts as stuck.</source>
        <translation>Epochengrenze: Ein bis dahin nicht konvergierter Startwert gilt als hängengeblieben.</translation>
    </message>
    <message>
        <source>Compare with: run a second configuration (another η or hidden layers) beside it.</source>
        <translation>Vergleichen mit: eine zweite Konfiguration (anderes η oder andere verborgene Schichten) daneben laufen lassen.</translation>
    </message>
    <message>
        <source>Train, Pause, Step, Reset and New weights.</source>
        <translation>Trainieren, Pause, Schritt, Zurücksetzen und Neue Gewichte.</translation>
    </message>
    <message>
        <source>What the network is doing: Ready, Training, Paused, Trained, Stopped, Diverged.</source>
        <translation>Was das Netz gerade tut: Bereit, Training, Pausiert, Trainiert, Angehalten, Divergiert.</translation>
    </message>
    <message>
        <source>A message too long for the status bar, in full.</source>
        <translation>Eine Meldung, die zu lang für die Statusleiste ist, vollständig.</translation>
    </message>
    <message>
        <source>Method: how the network learns; the article&apos;s online backprop is the default.</source>
        <translation>Verfahren: wie das Netz lernt; voreingestellt ist das Online-Backprop des Artikels.</translation>
    </message>
    <message>
        <source>Rule: backprop (the article&apos;s), Rprop (no η) or Adam.</source>
        <translation>Regel: Backprop (die des Artikels), Rprop (ohne η) oder Adam.</translation>
    </message>
    <message>
        <source>Batch: update after every row (online), after every N rows, or once per epoch.</source>
        <translation>Stapel: Aktualisierung nach jeder Zeile (online), nach je N Zeilen oder einmal pro Epoche.</translation>
    </message>
    <message>
        <source>Rows per mini-batch: the weights change after this many rows.</source>
        <translation>Zeilen pro Mini-Stapel: Die Gewichte ändern sich nach so vielen Zeilen.</translation>
    </message>
    <message>
        <source>Loss: squared error (the article&apos;s) or cross-entropy (sigmoid outputs only).</source>
        <translation>Verlust: quadratischer Fehler (der des Artikels) oder Kreuzentropie (nur mit Sigmoid-Ausgaben).</translation>
    </message>
    <message>
        <source>Weight decay λ: pulls every weight but the bias towards 0; 0 is none.</source>
        <translation>Gewichtsabnahme λ: zieht jedes Gewicht außer dem Bias in Richtung 0; 0 heißt keine.</translation>
    </message>
    <message>
        <source>Initial weights: the article&apos;s normal draw, uniform ±0.5 or Xavier, all from the seed.</source>
        <translation>Anfangsgewichte: normalverteilt wie im Artikel, gleichverteilt ±0.5 oder Xavier, alle aus dem Startwert.</translation>
    </message>
    <message>
        <source>Shuffle rows: every epoch takes the rows in a new random order.</source>
        <translation>Zeilen mischen: Jede Epoche nimmt die Zeilen in einer neuen zufälligen Reihenfolge.</translation>
    </message>
    <message>
        <source>Patience: stop once the test error has not improved for this many epochs.</source>
        <translation>Geduld: anhalten, sobald sich der Testfehler so viele Epochen lang nicht verbessert hat.</translation>
    </message>
    <message>
        <source>Problem data: TensorFlow Playground&apos;s points as the training table.</source>
        <translation>Problemdaten: die Punkte des TensorFlow Playground als Trainingstabelle.</translation>
    </message>
    <message>
        <source>Problem: circle, quadrants, gaussians, spiral, plane or bumps.</source>
        <translation>Problem: Kreis, Quadranten, Gauß-Wolken, Spirale, Ebene oder Hügel.</translation>
    </message>
    <message>
        <source>Points: how many points (rows) to generate.</source>
        <translation>Punkte: wie viele Punkte (Zeilen) erzeugt werden.</translation>
    </message>
    <message>
        <source>Noise: how far the points scatter, 0 to 0.5.</source>
        <translation>Rauschen: wie weit die Punkte streuen, 0 bis 0.5.</translation>
    </message>
    <message>
        <source>Test share: the part of the points held out as test rows.</source>
        <translation>Testanteil: der Teil der Punkte, der als Testzeilen zurückgehalten wird.</translation>
    </message>
    <message>
        <source>Data seed: draws the points and test rows, apart from the weights&apos; seed.</source>
        <translation>Daten-Startwert: zieht die Punkte und Testzeilen, getrennt vom Startwert der Gewichte.</translation>
    </message>
    <message>
        <source>Regenerate: make the points anew as the training table, with a new network.</source>
        <translation>Neu erzeugen: die Punkte neu als Trainingstabelle erzeugen, mit einem neuen Netz.</translation>
    </message>
    <message>
        <source>What the network sees: x₁, x₂ and features made of them, such as x₁² or sin x₁.</source>
        <translation>Was das Netz sieht: x₁, x₂ und daraus gebildete Merkmale wie x₁² oder sin x₁.</translation>
    </message>
    <message>
        <source>Discretize: show the map&apos;s output as 0 or 1 instead of its value.</source>
        <translation>Diskretisieren: die Ausgabe der Karte als 0 oder 1 statt ihres Werts zeigen.</translation>
    </message>
    <message>
        <source>Draw on the map: a click adds a row, a drag paints several, a right click erases one.</source>
        <translation>Auf der Karte zeichnen: Ein Klick fügt eine Zeile hinzu, Ziehen malt mehrere, ein Rechtsklick löscht eine.</translation>
    </message>
    <message>
        <source>New points&apos; y: the target of the points you draw.</source>
        <translation>y neuer Punkte: das Ziel der Punkte, die Sie zeichnen.</translation>
    </message>
    <message>
        <source>Clear points: remove the table&apos;s points to draw anew; Undo brings them back.</source>
        <translation>Punkte löschen: die Punkte der Tabelle entfernen, um neu zu zeichnen; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Every neuron&apos;s output over the plane; click one to see it large.</source>
        <translation>Die Ausgabe jedes Neurons über der Ebene; ein Klick zeigt sie groß.</translation>
    </message>
    <message>
        <source>Lessons: short steps and a goal that is checked as you train.</source>
        <translation>Lektionen: kurze Schritte und ein Ziel, das beim Trainieren geprüft wird.</translation>
    </message>
    <message>
        <source>Save as Lesson: the lesson&apos;s text, goal, locked controls and hints.</source>
        <translation>Als Lektion speichern: Text, Ziel, gesperrte Elemente und Tipps der Lektion.</translation>
    </message>
    <message>
        <source>Type a weight: Enter sets it, Escape cancels, Undo takes it back.</source>
        <translation>Ein Gewicht eintippen: Die Eingabetaste setzt es, Esc bricht ab, Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>nndesk User Guide</source>
        <translation>nndesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide, e.g. momentum</source>
        <translation>Im Handbuch suchen, z. B. momentum</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the guide: every panel, every setting and the algorithm</source>
        <translation>Das Handbuch öffnen: jeder Bereich, jede Einstellung und der Algorithmus</translation>
    </message>
    <message>
        <source>User guide (F1): opens at the control under the mouse or with the focus</source>
        <translation>Benutzerhandbuch (F1): öffnet beim Element unter der Maus oder mit dem Fokus</translation>
    </message>
</context>
<context>
    <name>HeldOutView</name>
    <message>
        <source>Hold the selected rows out of training as test rows (or train on them again): their error shows how the network does on rows it never saw</source>
        <translation>Die ausgewählten Zeilen als Testzeilen vom Training zurückhalten (oder wieder mit ihnen trainieren): Ihr Fehler zeigt, wie das Netz bei Zeilen abschneidet, die es nie gesehen hat</translation>
    </message>
    <message>
        <source>&amp;Test Rows (held out)</source>
        <translation>&amp;Testzeilen (zurückgehalten)</translation>
    </message>
    <message>
        <source>Cannot hold these rows out: {0}</source>
        <translation>Diese Zeilen können nicht zurückgehalten werden: {0}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} Zeilen</translation>
    </message>
    <message>
        <source>Train on {0} again</source>
        <translation>Wieder mit {0} trainieren</translation>
    </message>
    <message>
        <source>Hold {0} out for testing</source>
        <translation>{0} zum Testen zurückhalten</translation>
    </message>
    <message>
        <source>test error</source>
        <translation>Testfehler</translation>
    </message>
    <message>
        <source>training error</source>
        <translation>Trainingsfehler</translation>
    </message>
    <message>
        <source>{0} test rows</source>
        <translation>{0} Testzeilen</translation>
    </message>
    <message>
        <source>test rows {0}</source>
        <translation>Testzeilen {0}</translation>
    </message>
</context>
<context>
    <name>HintonDiagram</name>
    <message>
        <source>Hinton diagram</source>
        <translation>Hinton-Diagramm</translation>
    </message>
    <message>
        <source>{0} positive and {1} negative weights; filled squares positive, hollow squares negative</source>
        <translation>{0} positive und {1} negative Gewichte; gefüllte Quadrate positiv, hohle Quadrate negativ</translation>
    </message>
    <message>
        <source>{0} weights: too many squares to read, see the table</source>
        <translation>{0} Gewichte: zu viele Quadrate zum Lesen, siehe die Tabelle</translation>
    </message>
    <message>
        <source>weight from {0} to {1}: {2}</source>
        <translation>Gewicht von {0} zu {1}: {2}</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Allowed: {0}.</source>
        <translation>Erlaubt: {0}.</translation>
    </message>
    <message>
        <source>{0}: {1} is outside the allowed range, {2}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs, {2}</translation>
    </message>
    <message>
        <source>{0}: {1} has more than {2} decimals</source>
        <translation>{0}: {1} hat mehr als {2} Nachkommastellen</translation>
    </message>
    <message>
        <source>{0}; it stays {1}.</source>
        <translation>{0}; es bleibt bei {1}.</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>Learning rate (eta): how far each weight moves per training row. Can change while training.</source>
        <translation>Lernrate (eta): wie weit sich jedes Gewicht pro Trainingszeile bewegt. Lässt sich während des Trainings ändern.</translation>
    </message>
    <message>
        <source>0.0001 to {0}, 4 decimals</source>
        <translation>0.0001 bis {0}, 4 Nachkommastellen</translation>
    </message>
    <message>
        <source>Momentum α</source>
        <translation>Momentum α</translation>
    </message>
    <message>
        <source>Momentum (alpha): the share of the previous weight change added again. Can change while training. 1 or more usually makes the training diverge: try it and see.</source>
        <translation>Momentum (alpha): der Anteil der vorigen Gewichtsänderung, der erneut hinzukommt. Lässt sich während des Trainings ändern. Ab 1 divergiert das Training meist: probieren Sie es aus.</translation>
    </message>
    <message>
        <source>0 to below 10, 4 decimals</source>
        <translation>0 bis unter 10, 4 Nachkommastellen</translation>
    </message>
    <message>
        <source>Error target</source>
        <translation>Fehlerziel</translation>
    </message>
    <message>
        <source>Error target: training stops once an epoch&apos;s error (summed over rows) is below it. Type 0.01, 0.001 or 1e-5.</source>
        <translation>Fehlerziel: Das Training endet, sobald der Fehler einer Epoche (über die Zeilen summiert) darunter liegt. Geben Sie 0.01, 0.001 oder 1e-5 ein.</translation>
    </message>
    <message>
        <source>1e-10 to 1000</source>
        <translation>1e-10 bis 1000</translation>
    </message>
    <message>
        <source>Max epochs: training always stops here (counted since Reset).</source>
        <translation>Max. Epochen: Hier endet das Training immer (gezählt seit Zurücksetzen).</translation>
    </message>
    <message>
        <source>Max epochs</source>
        <translation>Max. Epochen</translation>
    </message>
    <message>
        <source>Seed: the same seed always gives the same initial weights. Changing it re-initialises the weights.</source>
        <translation>Startwert: Derselbe Startwert ergibt immer dieselben Anfangsgewichte. Eine Änderung setzt die Gewichte neu.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Pick a fresh random seed and re-initialise the weights</source>
        <translation>Einen neuen zufälligen Startwert wählen und die Gewichte neu setzen</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Neuer zufälliger Startwert</translation>
    </message>
    <message>
        <source>Error below target</source>
        <translation>Fehler unter Ziel</translation>
    </message>
    <message>
        <source>All rows correct</source>
        <translation>Alle Zeilen richtig</translation>
    </message>
    <message>
        <source>When training stops by itself (max epochs always applies)</source>
        <translation>Wann das Training von selbst endet (Max. Epochen gilt immer)</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Margin: for &apos;All rows correct&apos;, every output must be at least this far from the 0.5 threshold.</source>
        <translation>Abstand: Für &apos;Alle Zeilen richtig&apos; muss jede Ausgabe mindestens so weit von der Schwelle 0.5 entfernt sein.</translation>
    </message>
    <message>
        <source>0 to 0.49, 3 decimals</source>
        <translation>0 bis 0.49, 3 Nachkommastellen</translation>
    </message>
    <message>
        <source>Stop when</source>
        <translation>Stopp bei</translation>
    </message>
    <message>
        <source>Pause training to change this</source>
        <translation>Training pausieren, um dies zu ändern</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Truth check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Network diagram as PNG…</source>
        <translation>Netzdiagramm als PNG…</translation>
    </message>
    <message>
        <source>Network diagram as SVG…</source>
        <translation>Netzdiagramm als SVG…</translation>
    </message>
    <message>
        <source>Error plot as PNG…</source>
        <translation>Fehlerkurve als PNG…</translation>
    </message>
    <message>
        <source>Error plot as SVG…</source>
        <translation>Fehlerkurve als SVG…</translation>
    </message>
    <message>
        <source>Decision map as PNG…</source>
        <translation>Entscheidungskarte als PNG…</translation>
    </message>
    <message>
        <source>Decision map as SVG…</source>
        <translation>Entscheidungskarte als SVG…</translation>
    </message>
    <message>
        <source>Error history as CSV…</source>
        <translation>Fehlerverlauf als CSV…</translation>
    </message>
    <message>
        <source>Train on the next row of the table only, and show every number</source>
        <translation>Nur mit der nächsten Tabellenzeile trainieren und jede Zahl zeigen</translation>
    </message>
    <message>
        <source>Pause training to step through rows</source>
        <translation>Training pausieren, um Zeile für Zeile vorzugehen</translation>
    </message>
    <message>
        <source>Stepped one row: row error {0}. Train continues from these weights.</source>
        <translation>Eine Zeile trainiert: Zeilenfehler {0}. Trainieren macht mit diesen Gewichten weiter.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>{0} files (*.{1})</source>
        <translation>{0}-Dateien (*.{1})</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>{0} konnte nicht gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Next Dock Tab</source>
        <translation>Nächster Dock-Reiter</translation>
    </message>
    <message>
        <source>Previous Dock Tab</source>
        <translation>Vorheriger Dock-Reiter</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Used from the next start of nndesk</source>
        <translation>Gilt ab dem nächsten Start von nndesk</translation>
    </message>
    <message>
        <source>The language changes when nndesk starts again</source>
        <translation>Die Sprache wechselt beim nächsten Start von nndesk</translation>
    </message>
</context>
<context>
    <name>LayerWeightsModel</name>
    <message>
        <source>weight from {0} to {1}: {2}
double-click or type to set it</source>
        <translation>Gewicht von {0} zu {1}: {2}
Doppelklicken oder tippen, um es zu setzen</translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>All rows right by</source>
        <translation>Alle Zeilen richtig mit Abstand</translation>
    </message>
    <message>
        <source>Within epochs</source>
        <translation>Innerhalb von Epochen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>η from … to</source>
        <translation>η von … bis</translation>
    </message>
    <message>
        <source>α from … to</source>
        <translation>α von … bis</translation>
    </message>
    <message>
        <source>At most hidden neurons</source>
        <translation>Höchstens verborgene Neuronen</translation>
    </message>
    <message>
        <source>A hidden neuron computes</source>
        <translation>Ein verborgenes Neuron berechnet</translation>
    </message>
    <message>
        <source>Test error below</source>
        <translation>Testfehler unter</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Stop rule</source>
        <translation>Abbruchregel</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>batch (whole table)</source>
        <translation>Batch (ganze Tabelle)</translation>
    </message>
    <message>
        <source>mini-batch</source>
        <translation>Mini-Batch</translation>
    </message>
    <message>
        <source>Save as Lesson</source>
        <translation>Als Lektion speichern</translation>
    </message>
    <message>
        <source>One neuron learns AND</source>
        <translation>Ein Neuron lernt AND</translation>
    </message>
    <message>
        <source>What to do, what to look at (Markdown). A line {0} starts the next step.</source>
        <translation>Was zu tun und worauf zu achten ist (Markdown). Eine Zeile {0} beginnt den nächsten Schritt.</translation>
    </message>
    <message>
        <source>One hint a line</source>
        <translation>Ein Hinweis pro Zeile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Goal: tick what the project must do after training from its seed</source>
        <translation>Ziel: Kreuzen Sie an, was das Projekt nach dem Training ab seinem Startwert leisten muss</translation>
    </message>
    <message>
        <source>converges</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <source>does not converge</source>
        <translation>konvergiert nicht</translation>
    </message>
    <message>
        <source>Controls the student may not change</source>
        <translation>Bedienelemente, die Schüler nicht ändern dürfen</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ausblenden</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>{0} sperren</translation>
    </message>
    <message>
        <source>Hide {0}</source>
        <translation>{0} ausblenden</translation>
    </message>
    <message>
        <source>Give the lesson a title</source>
        <translation>Geben Sie der Lektion einen Titel</translation>
    </message>
    <message>
        <source>Tick at least one condition of the goal</source>
        <translation>Kreuzen Sie mindestens eine Bedingung des Ziels an</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>{0}: from</source>
        <translation>{0}: von</translation>
    </message>
    <message>
        <source>{0}: to</source>
        <translation>{0}: bis</translation>
    </message>
    <message>
        <source>nndesk lessons (*{0})</source>
        <translation>nndesk-Lektionen (*{0})</translation>
    </message>
    <message>
        <source>Could not save the lesson</source>
        <translation>Die Lektion konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the lesson {0}: open it with Help ▸ Lessons, grade with nndesk check FILE --lesson {0}</source>
        <translation>Lektion {0} gespeichert: öffnen mit Hilfe ▸ Lektionen, bewerten mit nndesk check DATEI --lesson {0}</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>the &quot;lesson&quot; section must be an object</source>
        <translation>der Abschnitt &quot;lesson&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;lesson.title&quot; must be text of 1 to 200 characters</source>
        <translation>&quot;lesson.title&quot; muss ein Text von 1 bis 200 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;lesson.goal&quot; must be an object with at least one condition ({0})</source>
        <translation>&quot;lesson.goal&quot; muss ein Objekt mit mindestens einer Bedingung sein ({0})</translation>
    </message>
    <message>
        <source>&quot;lesson.goal&quot;: unknown condition {0} (known: {1})</source>
        <translation>&quot;lesson.goal&quot;: unbekannte Bedingung {0} (bekannt: {1})</translation>
    </message>
    <message>
        <source>&quot;lesson.goal.converged&quot; must be true or false</source>
        <translation>&quot;lesson.goal.converged&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;lesson.goal.method&quot; must be one of {0}</source>
        <translation>&quot;lesson.goal.method&quot; muss eines von {0} sein</translation>
    </message>
    <message>
        <source>&quot;lesson.goal.gate&quot; must be a gate&apos;s name, such as &quot;AND&quot; or &quot;A AND NOT B&quot;</source>
        <translation>&quot;lesson.goal.gate&quot; muss der Name eines Gatters sein, etwa &quot;AND&quot; oder &quot;A AND NOT B&quot;</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be a number of 0 or more</source>
        <translation>&quot;{0}&quot; muss eine Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be a whole number of 0 or more</source>
        <translation>&quot;{0}&quot; muss eine ganze Zahl von 0 oder mehr sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be [low, high]</source>
        <translation>&quot;{0}&quot; muss [unten, oben] sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot;: the low end {1} is above the high end {2}</source>
        <translation>&quot;{0}&quot;: das untere Ende {1} liegt über dem oberen Ende {2}</translation>
    </message>
    <message>
        <source>&quot;lesson.{0}&quot; must be a list of at most {1} texts</source>
        <translation>&quot;lesson.{0}&quot; muss eine Liste von höchstens {1} Texten sein</translation>
    </message>
    <message>
        <source>&quot;lesson.{0}&quot; must be a list of controls ({1})</source>
        <translation>&quot;lesson.{0}&quot; muss eine Liste von Bedienelementen sein ({1})</translation>
    </message>
    <message>
        <source>&quot;lesson.{0}&quot;: unknown control {1} (known: {2})</source>
        <translation>&quot;lesson.{0}&quot;: unbekanntes Bedienelement {1} (bekannt: {2})</translation>
    </message>
    <message>
        <source>{0} is neither a lesson file nor a built-in lesson (the lessons: {1})</source>
        <translation>{0} ist weder eine Lektionsdatei noch eine eingebaute Lektion (die Lektionen: {1})</translation>
    </message>
    <message>
        <source>{0} is a project, not a lesson (it has no &quot;lesson&quot; section)</source>
        <translation>{0} ist ein Projekt, keine Lektion (es hat keinen Abschnitt &quot;lesson&quot;)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>the table</source>
        <translation>die Tabelle</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>das Netz</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>der Startwert</translation>
    </message>
    <message>
        <source>the stop rule</source>
        <translation>die Abbruchregel</translation>
    </message>
    <message>
        <source>locked by this lesson</source>
        <translation>durch diese Lektion gesperrt</translation>
    </message>
    <message>
        <source>{0} — {1} locked by this lesson</source>
        <translation>{0} — {1} durch diese Lektion gesperrt</translation>
    </message>
    <message>
        <source>{0} is locked by this lesson</source>
        <translation>{0} ist durch diese Lektion gesperrt</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the chosen lesson: its project replaces the current one</source>
        <translation>Die gewählte Lektion öffnen: ihr Projekt ersetzt das aktuelle</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open a lesson file of your own (File ▸ Save as Lesson… writes one)</source>
        <translation>Eine eigene Lektionsdatei öffnen (Datei ▸ Als Lektion speichern… schreibt eine)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave the lesson: every control comes back</source>
        <translation>Die Lektion verlassen: alle Bedienelemente kehren zurück</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous step</source>
        <translation>Der vorige Schritt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Einen Hinweis zeigen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Done: its goal was met</source>
        <translation>Erledigt: ihr Ziel wurde erreicht</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>{0} is a project, not a lesson</source>
        <translation>{0} ist ein Projekt, keine Lektion</translation>
    </message>
    <message>
        <source>Lesson: {0}</source>
        <translation>Lektion: {0}</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Eine Lektion öffnen</translation>
    </message>
    <message>
        <source>nndesk lessons (*{0})</source>
        <translation>nndesk-Lektionen (*{0})</translation>
    </message>
    <message>
        <source>No lesson open</source>
        <translation>Keine Lektion geöffnet</translation>
    </message>
    <message>
        <source>Choose a lesson above and press **Open**. Each lesson loads a project, asks you to change something, and checks your work as you train.</source>
        <translation>Wählen Sie oben eine Lektion und drücken Sie **Öffnen**. Jede Lektion lädt ein Projekt, bittet Sie, etwas zu ändern, und prüft Ihre Arbeit, während Sie trainieren.</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Hinweis: {0}</translation>
    </message>
    <message>
        <source>{0} (hidden)</source>
        <translation>{0} (ausgeblendet)</translation>
    </message>
    <message>
        <source>Locked by this lesson: {0}.</source>
        <translation>Durch diese Lektion gesperrt: {0}.</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Training: epoch {0}, error {1} (target {2})</source>
        <translation>Training: Epoche {0}, Fehler {1} (Zielfehler {2})</translation>
    </message>
    <message>
        <source>Training: epoch {0} of at most {1} for the goal, error {2} (target {3}): past the goal&apos;s epochs</source>
        <translation>Training: Epoche {0} von höchstens {1} für das Ziel, Fehler {2} (Zielfehler {3}): über den Epochen des Ziels</translation>
    </message>
    <message>
        <source>Training: epoch {0} of at most {1} for the goal, error {2} (target {3})</source>
        <translation>Training: Epoche {0} von höchstens {1} für das Ziel, Fehler {2} (Zielfehler {3})</translation>
    </message>
    <message>
        <source>Goal reached: well done!</source>
        <translation>Ziel erreicht: gut gemacht!</translation>
    </message>
</context>
<context>
    <name>LessonTexts</name>
    <message>
        <source>One neuron learns AND and OR</source>
        <translation>Ein Neuron lernt AND und OR</translation>
    </message>
    <message>
        <source>A single neuron adds up its weighted inputs and squashes the sum. Can it learn **AND**?

This network has a hidden layer. Remove it (the **−** button under *Network*) so that the output neuron alone sees A and B.</source>
        <translation>Ein einzelnes Neuron addiert seine gewichteten Eingaben und staucht die Summe. Kann es **AND** lernen?

Dieses Netz hat eine verborgene Schicht. Entfernen Sie sie (die Schaltfläche **−** unter *Netz*), sodass das Ausgabeneuron allein A und B sieht.</translation>
    </message>
    <message>
        <source>Press **Train**. Watch the error fall below the target.

Flip A and B under *Try it*: is the answer AND?</source>
        <translation>Drücken Sie **Trainieren**. Beobachten Sie, wie der Fehler unter das Ziel fällt.

Schalten Sie A und B unter *Ausprobieren* um: Ist die Antwort AND?</translation>
    </message>
    <message>
        <source>Think: which weights make a neuron compute AND? Try the **OR** preset too: what changes?</source>
        <translation>Überlegen Sie: Welche Gewichte lassen ein Neuron AND berechnen? Probieren Sie auch die Vorlage **OR**: Was ändert sich?</translation>
    </message>
    <message>
        <source>The Network box: press − beside the hidden layer until none is left.</source>
        <translation>Im Kasten Netz: Drücken Sie − neben der verborgenen Schicht, bis keine mehr übrig ist.</translation>
    </message>
    <message>
        <source>AND is true only when both inputs are 1: the bias weight must hold the sum below 0.5 for one input alone.</source>
        <translation>AND ist nur wahr, wenn beide Eingaben 1 sind: Das Bias-Gewicht muss die Summe für eine Eingabe allein unter 0.5 halten.</translation>
    </message>
    <message>
        <source>One neuron cannot learn XOR</source>
        <translation>Ein Neuron kann XOR nicht lernen</translation>
    </message>
    <message>
        <source>XOR is 1 when A and B differ. This network, with a hidden layer, learns it. Press **Train** to see.</source>
        <translation>XOR ist 1, wenn A und B verschieden sind. Dieses Netz mit einer verborgenen Schicht lernt es. Drücken Sie **Trainieren**, um es zu sehen.</translation>
    </message>
    <message>
        <source>Now remove the hidden layer and press **Reset**, then **Train**. What happens to the error?</source>
        <translation>Entfernen Sie nun die verborgene Schicht und drücken Sie **Zurücksetzen**, dann **Trainieren**. Was geschieht mit dem Fehler?</translation>
    </message>
    <message>
        <source>A single neuron draws one straight line through the input square. Look at the *Decision map*: can one line put (0,1) and (1,0) on one side and (0,0) and (1,1) on the other?</source>
        <translation>Ein einzelnes Neuron zieht eine gerade Linie durch das Eingabequadrat. Sehen Sie sich die *Entscheidungskarte* an: Kann eine Linie (0,1) und (1,0) auf die eine Seite legen und (0,0) und (1,1) auf die andere?</translation>
    </message>
    <message>
        <source>The goal is met when a network with no hidden layer has tried and failed.</source>
        <translation>Das Ziel ist erreicht, wenn ein Netz ohne verborgene Schicht es versucht hat und gescheitert ist.</translation>
    </message>
    <message>
        <source>No choice of η or α helps: the table is not linearly separable.</source>
        <translation>Keine Wahl von η oder α hilft: Die Tabelle ist nicht linear trennbar.</translation>
    </message>
    <message>
        <source>A hidden layer fixes XOR</source>
        <translation>Eine verborgene Schicht löst XOR</translation>
    </message>
    <message>
        <source>One neuron cannot learn XOR. Add a **hidden layer** (the **+** button under *Network*).</source>
        <translation>Ein Neuron kann XOR nicht lernen. Fügen Sie eine **verborgene Schicht** hinzu (die Schaltfläche **+** unter *Netz*).</translation>
    </message>
    <message>
        <source>Try 2 or 3 hidden neurons, press **Train**, and check every row under *Try it*.</source>
        <translation>Probieren Sie 2 oder 3 verborgene Neuronen, drücken Sie **Trainieren** und prüfen Sie jede Zeile unter *Ausprobieren*.</translation>
    </message>
    <message>
        <source>With two hidden neurons, each draws one line; the output neuron combines them.</source>
        <translation>Mit zwei verborgenen Neuronen zieht jedes eine Linie; das Ausgabeneuron verbindet sie.</translation>
    </message>
    <message>
        <source>Press + under Network, then set the layer&apos;s size to 2 or 3.</source>
        <translation>Drücken Sie + unter Netz und stellen Sie die Größe der Schicht auf 2 oder 3.</translation>
    </message>
    <message>
        <source>Hidden neurons become gates</source>
        <translation>Verborgene Neuronen werden zu Gattern</translation>
    </message>
    <message>
        <source>The half adder computes Sum = A XOR B and Carry = A AND B. Press **Train**.</source>
        <translation>Der Halbaddierer berechnet Sum = A XOR B und Carry = A AND B. Drücken Sie **Trainieren**.</translation>
    </message>
    <message>
        <source>Open **View ▸ Network**: each hidden neuron is named after the gate it learned (AND, NOR, ...).</source>
        <translation>Öffnen Sie **Ansicht ▸ Netz**: Jedes verborgene Neuron ist nach dem Gatter benannt, das es gelernt hat (AND, NOR, ...).</translation>
    </message>
    <message>
        <source>The goal asks for a hidden neuron that computes **AND** exactly. This seed did not give one. Change the **seed** and train again until one does.</source>
        <translation>Das Ziel verlangt ein verborgenes Neuron, das genau **AND** berechnet. Dieser Startwert hat keines ergeben. Ändern Sie den **Startwert** und trainieren Sie erneut, bis eines entsteht.</translation>
    </message>
    <message>
        <source>Why does Carry need an AND neuron less than you might think? Look at the other gates.</source>
        <translation>Warum braucht Carry ein AND-Neuron weniger, als man denken könnte? Sehen Sie sich die anderen Gatter an.</translation>
    </message>
    <message>
        <source>Seeds 3 and 4 give an AND neuron.</source>
        <translation>Die Startwerte 3 und 4 ergeben ein AND-Neuron.</translation>
    </message>
    <message>
        <source>The learning rate η: too small, too large, diverging</source>
        <translation>Die Lernrate η: zu klein, zu groß, divergierend</translation>
    </message>
    <message>
        <source>η says how far each weight moves per row. With η = 0.05 this XOR network learns slowly. Press **Train**: it stops at the epoch limit.</source>
        <translation>η gibt an, wie weit sich jedes Gewicht pro Zeile bewegt. Mit η = 0.05 lernt dieses XOR-Netz langsam. Drücken Sie **Trainieren**: Es hält an der Epochengrenze an.</translation>
    </message>
    <message>
        <source>Raise η to 1 and train again (press **Reset** first). How many epochs now?</source>
        <translation>Setzen Sie η auf 1 und trainieren Sie erneut (drücken Sie vorher **Zurücksetzen**). Wie viele Epochen sind es jetzt?</translation>
    </message>
    <message>
        <source>Try η = 50. The error jumps about or the network **diverges**: the weights grow without end.</source>
        <translation>Probieren Sie η = 50. Der Fehler springt umher, oder das Netz **divergiert**: Die Gewichte wachsen ohne Ende.</translation>
    </message>
    <message>
        <source>Find an η that converges within 15,000 epochs.</source>
        <translation>Finden Sie ein η, das innerhalb von 15,000 Epochen konvergiert.</translation>
    </message>
    <message>
        <source>η = 1 converges in about 13,000 epochs.</source>
        <translation>Mit η = 1 konvergiert es in etwa 13,000 Epochen.</translation>
    </message>
    <message>
        <source>Momentum α</source>
        <translation>Momentum α</translation>
    </message>
    <message>
        <source>Momentum adds a share α of the last weight change to the next one, like a rolling ball.</source>
        <translation>Das Momentum addiert einen Anteil α der letzten Gewichtsänderung zur nächsten, wie eine rollende Kugel.</translation>
    </message>
    <message>
        <source>With α = 0 this network needs far more than 30,000 epochs. Press **Train** to see.</source>
        <translation>Mit α = 0 braucht dieses Netz weit mehr als 30,000 Epochen. Drücken Sie **Trainieren**, um es zu sehen.</translation>
    </message>
    <message>
        <source>Set α to 0.9, **Reset** and train again. Compare the error curves.</source>
        <translation>Setzen Sie α auf 0.9, drücken Sie **Zurücksetzen** und trainieren Sie erneut. Vergleichen Sie die Fehlerkurven.</translation>
    </message>
    <message>
        <source>What happens with α = 1 or more?</source>
        <translation>Was geschieht bei α = 1 oder mehr?</translation>
    </message>
    <message>
        <source>α between 0.5 and 0.95; 0.9 converges in about 26,000 epochs.</source>
        <translation>α zwischen 0.5 und 0.95; mit 0.9 konvergiert es in etwa 26,000 Epochen.</translation>
    </message>
    <message>
        <source>Seeds and stuck networks</source>
        <translation>Startwerte und festgefahrene Netze</translation>
    </message>
    <message>
        <source>The seed draws the initial weights: the same seed always gives the same run.</source>
        <translation>Der Startwert zieht die Anfangsgewichte: Derselbe Startwert ergibt immer denselben Lauf.</translation>
    </message>
    <message>
        <source>This XOR network with 2 hidden neurons and seed 8 gets **stuck**: press **Train** and watch the error stop falling.</source>
        <translation>Dieses XOR-Netz mit 2 verborgenen Neuronen und Startwert 8 **fährt sich fest**: Drücken Sie **Trainieren** und sehen Sie, wie der Fehler aufhört zu fallen.</translation>
    </message>
    <message>
        <source>Open **Training ▸ Convergence Study…** and train many seeds at once: how many get stuck?</source>
        <translation>Öffnen Sie **Training ▸ Konvergenzstudie…** und trainieren Sie viele Startwerte auf einmal: Wie viele fahren sich fest?</translation>
    </message>
    <message>
        <source>Pick a seed that learns, **Reset** and train it.</source>
        <translation>Wählen Sie einen Startwert, der lernt, drücken Sie **Zurücksetzen** und trainieren Sie ihn.</translation>
    </message>
    <message>
        <source>Most seeds work: try seed 1.</source>
        <translation>Die meisten Startwerte funktionieren: Probieren Sie Startwert 1.</translation>
    </message>
    <message>
        <source>Don&apos;t-cares and the 7-segment decoder</source>
        <translation>Beliebige Werte und der 7-Segment-Decoder</translation>
    </message>
    <message>
        <source>The decoder lights segments a to g for the digits 0 to 9. Rows 11 to 16 (10 to 15) are no digit, but here they ask for all segments off.</source>
        <translation>Der Decoder schaltet die Segmente a bis g für die Ziffern 0 bis 9. Die Zeilen 11 bis 16 (10 bis 15) sind keine Ziffern, verlangen hier aber, dass alle Segmente aus sind.</translation>
    </message>
    <message>
        <source>Press **Train**: 6 hidden neurons cannot manage it in 5,000 epochs.</source>
        <translation>Drücken Sie **Trainieren**: 6 verborgene Neuronen schaffen es nicht in 5,000 Epochen.</translation>
    </message>
    <message>
        <source>Those rows do not matter. Type **x** in their target cells: a *don&apos;t-care* sends no error back.</source>
        <translation>Diese Zeilen spielen keine Rolle. Tippen Sie **x** in ihre Zielzellen: Ein *beliebiger Wert* (don&apos;t-care) sendet keinen Fehler zurück.</translation>
    </message>
    <message>
        <source>Train again. Why is the task easier now?</source>
        <translation>Trainieren Sie erneut. Warum ist die Aufgabe jetzt leichter?</translation>
    </message>
    <message>
        <source>Select the target cells of rows 11 to 16 and type x.</source>
        <translation>Markieren Sie die Zielzellen der Zeilen 11 bis 16 und tippen Sie x.</translation>
    </message>
    <message>
        <source>The article&apos;s demo, to the epoch</source>
        <translation>Die Demo des Artikels, auf die Epoche genau</translation>
    </message>
    <message>
        <source>The article trains a 2-3-2 half adder with η = 0.09 and α = 0.015 from seed 1, until the error is below 0.01.</source>
        <translation>Der Artikel trainiert einen 2-3-2-Halbaddierer mit η = 0.09 und α = 0.015 ab Startwert 1, bis der Fehler unter 0.01 liegt.</translation>
    </message>
    <message>
        <source>Set those numbers and press **Train**. nndesk does the article&apos;s arithmetic exactly: it converges at epoch **1,584,808**, as the article&apos;s code does.</source>
        <translation>Stellen Sie diese Zahlen ein und drücken Sie **Trainieren**. nndesk rechnet genau wie der Artikel: Es konvergiert bei Epoche **1,584,808**, wie der Code des Artikels.</translation>
    </message>
    <message>
        <source>Why does the same seed give the same run on every computer?</source>
        <translation>Warum ergibt derselbe Startwert auf jedem Computer denselben Lauf?</translation>
    </message>
    <message>
        <source>η 0.09, α 0.015: it takes a few seconds.</source>
        <translation>η 0.09, α 0.015: Es dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Online against batch learning</source>
        <translation>Online- gegen Batch-Lernen</translation>
    </message>
    <message>
        <source>The article updates the weights after every row: **online** learning.</source>
        <translation>Der Artikel aktualisiert die Gewichte nach jeder Zeile: **Online**-Lernen.</translation>
    </message>
    <message>
        <source>**Batch** learning adds up the changes of all rows and updates once per epoch. In the **Method** group, set Batch to **whole table**, then train (or on the command line: `nndesk train mine.nndesk --batch all --eta 4 --out mine.nndesk`).</source>
        <translation>**Batch**-Lernen addiert die Änderungen aller Zeilen und aktualisiert einmal pro Epoche. Stellen Sie in der Gruppe **Verfahren** den Batch auf **ganze Tabelle** und trainieren Sie dann (oder auf der Kommandozeile: `nndesk train mine.nndesk --batch all --eta 4 --out mine.nndesk`).</translation>
    </message>
    <message>
        <source>Batch steps are fewer, so they can be larger: compare η 0.5 and η 4. Then grade your file: `nndesk check mine.nndesk --lesson online-batch`</source>
        <translation>Batch-Schritte sind weniger, also dürfen sie größer sein: Vergleichen Sie η 0.5 und η 4. Dann bewerten Sie Ihre Datei: `nndesk check mine.nndesk --lesson online-batch`</translation>
    </message>
    <message>
        <source>In batches of the whole table, η 0.5 learns too slowly: try η 4.</source>
        <translation>In Batches der ganzen Tabelle lernt η 0.5 zu langsam: Probieren Sie η 4.</translation>
    </message>
    <message>
        <source>Held-out rows: does it generalise?</source>
        <translation>Zurückgehaltene Zeilen: Verallgemeinert es?</translation>
    </message>
    <message>
        <source>A network that only memorises is no use on rows it has not seen. Hold a row **out**: it is never trained on, and its error is the **test error**.</source>
        <translation>Ein Netz, das nur auswendig lernt, nützt nichts bei Zeilen, die es nicht gesehen hat. Halten Sie eine Zeile **zurück**: Mit ihr wird nie trainiert, und ihr Fehler ist der **Testfehler**.</translation>
    </message>
    <message>
        <source>Hold out row 5 (A=1, B=0, C=0): right-click its row number and choose it as a test row (or on the command line: `nndesk train mine.nndesk --test-rows 5 --out mine.nndesk`). Train.</source>
        <translation>Halten Sie Zeile 5 zurück (A=1, B=0, C=0): Klicken Sie mit der rechten Maustaste auf ihre Zeilennummer und wählen Sie sie als Testzeile (oder auf der Kommandozeile: `nndesk train mine.nndesk --test-rows 5 --out mine.nndesk`). Trainieren Sie.</translation>
    </message>
    <message>
        <source>Is the held-out row right? Try holding out a row of 3-bit parity instead: what happens?</source>
        <translation>Ist die zurückgehaltene Zeile richtig? Versuchen Sie stattdessen, eine Zeile der 3-Bit-Parität zurückzuhalten: Was geschieht?</translation>
    </message>
    <message>
        <source>A test row&apos;s number reads &quot;5 test&quot;; --test-rows counts rows from 1, as the table does.</source>
        <translation>Die Nummer einer Testzeile lautet „5 test“; --test-rows zählt die Zeilen ab 1, wie die Tabelle.</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Guided lessons that check your work as you train</source>
        <translation>Geführte Lektionen, die Ihre Arbeit prüfen, während Sie trainieren</translation>
    </message>
    <message>
        <source>Save as &amp;Lesson…</source>
        <translation>Als &amp;Lektion speichern…</translation>
    </message>
    <message>
        <source>Save this project as a lesson: its text, goal, locked controls and hints</source>
        <translation>Dieses Projekt als Lektion speichern: Text, Ziel, gesperrte Bedienelemente und Hinweise</translation>
    </message>
    <message>
        <source>the lesson file {0} is broken: {1}</source>
        <translation>die Lektionsdatei {0} ist beschädigt: {1}</translation>
    </message>
    <message>
        <source>the lesson file {0} has no lesson section</source>
        <translation>die Lektionsdatei {0} hat keinen Lektionsteil</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&lt;b&gt;nndesk {version}&lt;/b&gt;&lt;p&gt;Train small feed-forward neural networks by pointing and clicking, and watch them learn.&lt;/p&gt;</source>
        <translation>&lt;b&gt;nndesk {version}&lt;/b&gt;&lt;p&gt;Kleine vorwärtsgerichtete neuronale Netze per Mausklick trainieren und ihnen beim Lernen zusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pause training to edit this</source>
        <translation>Training pausieren, um dies zu bearbeiten</translation>
    </message>
    <message>
        <source>Training table</source>
        <translation>Trainingstabelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abelle</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Train until a stop rule holds</source>
        <translation>Trainieren, bis eine Stoppregel greift</translation>
    </message>
    <message>
        <source>Pause training; Resume continues from the same epoch</source>
        <translation>Training pausieren; Weiter setzt bei derselben Epoche fort</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train exactly one epoch</source>
        <translation>Genau eine Epoche trainieren</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to epoch 0 with the same initial weights</source>
        <translation>Zurück zu Epoche 0 mit denselben Anfangsgewichten</translation>
    </message>
    <message>
        <source>New weights</source>
        <translation>Neue Gewichte</translation>
    </message>
    <message>
        <source>Draw fresh initial weights from a new random seed</source>
        <translation>Neue Anfangsgewichte aus einem neuen zufälligen Startwert ziehen</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Show the error axis on a logarithmic scale</source>
        <translation>Die Fehlerachse logarithmisch zeigen</translation>
    </message>
    <message>
        <source>Convergence &amp;Study…</source>
        <translation>Konvergenz&amp;studie…</translation>
    </message>
    <message>
        <source>Train many initial weights of this network at once: how often does it learn?</source>
        <translation>Viele Anfangsgewichte dieses Netzes auf einmal trainieren: Wie oft lernt es?</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new project: the half adder of the article</source>
        <translation>Ein neues Projekt beginnen: der Halbaddierer des Artikels</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project: table, network, weights and error history</source>
        <translation>Das Projekt speichern: Tabelle, Netz, Gewichte und Fehlerverlauf</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project in a new file</source>
        <translation>Das Projekt in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>Export as &amp;Python…</source>
        <translation>Als &amp;Python exportieren…</translation>
    </message>
    <message>
        <source>Write the trained network as a Python file that needs nothing but Python</source>
        <translation>Das trainierte Netz als Python-Datei schreiben, die nichts außer Python braucht</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit nndesk</source>
        <translation>nndesk beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change of the table or the network</source>
        <translation>Die letzte Änderung an Tabelle oder Netz zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Wiederholen, was zurückgenommen wurde</translation>
    </message>
    <message>
        <source>From &amp;Expressions…</source>
        <translation>Aus &amp;Ausdrücken…</translation>
    </message>
    <message>
        <source>Make the table from logic expressions such as S = A ^ B</source>
        <translation>Die Tabelle aus logischen Ausdrücken wie S = A ^ B erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the table from a CSV file</source>
        <translation>Die Tabelle aus einer CSV-Datei lesen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the table to a CSV file</source>
        <translation>Die Tabelle in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;About nndesk</source>
        <translation>Ü&amp;ber nndesk</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>What the network is doing</source>
        <translation>Was das Netz gerade tut</translation>
    </message>
    <message>
        <source>Epochs trained since the last reset</source>
        <translation>Seit dem letzten Zurücksetzen trainierte Epochen</translation>
    </message>
    <message>
        <source>The last epoch&apos;s error (sum over rows of the RMS output error)</source>
        <translation>Der Fehler der letzten Epoche (Summe über die Zeilen des RMS-Ausgabefehlers)</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>Trainingsgeschwindigkeit</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>This network diverged: Reset or New weights, with a smaller η or α</source>
        <translation>Dieses Netz ist divergiert: Zurücksetzen oder Neue Gewichte, mit kleinerem η oder α</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Wiederholen: {0}</translation>
    </message>
    <message>
        <source>About nndesk</source>
        <translation>Über nndesk</translation>
    </message>
    <message>
        <source>Training is still stopping; try closing again in a moment</source>
        <translation>Das Training hält noch an; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Could not save settings: {0}</source>
        <translation>Einstellungen konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>Divergiert</translation>
    </message>
</context>
<context>
    <name>MethodForm</name>
    <message>
        <source>How the weights move. Backprop (the article&apos;s): downhill by η times the gradient, plus α times the last change. Rprop: each weight grows or shrinks its own step by the gradient&apos;s sign, no η needed. Adam: each weight&apos;s step scaled by its gradient&apos;s recent size, with η as the step.</source>
        <translation>Wie sich die Gewichte bewegen. Backprop (die des Artikels): bergab um η mal den Gradienten, plus α mal die letzte Änderung. Rprop: Jedes Gewicht vergrößert oder verkleinert seinen eigenen Schritt nach dem Vorzeichen des Gradienten, ohne η. Adam: Der Schritt jedes Gewichts wird nach der jüngsten Größe seines Gradienten skaliert, mit η als Schritt.</translation>
    </message>
    <message>
        <source>How many rows before each update. Online (the article&apos;s): after every row. Mini-batches: after each group of that many rows, by their average. Whole table: once per epoch.</source>
        <translation>Wie viele Zeilen vor jeder Aktualisierung. Online (wie im Artikel): nach jeder Zeile. Mini-Batches: nach jeder Gruppe so vieler Zeilen, nach ihrem Mittelwert. Ganze Tabelle: einmal pro Epoche.</translation>
    </message>
    <message>
        <source>What the error gradient follows. Squared error is the article&apos;s. Cross-entropy pushes harder when an output is confidently wrong; it needs sigmoid outputs. The error shown stays the article&apos;s.</source>
        <translation>Wonach sich der Fehlergradient richtet. Der quadratische Fehler ist der des Artikels. Kreuzentropie drückt stärker, wenn eine Ausgabe deutlich falsch ist; sie braucht Sigmoid-Ausgaben. Der angezeigte Fehler bleibt der des Artikels.</translation>
    </message>
    <message>
        <source>Weight decay λ: every update also pulls each weight (not the bias weights) towards 0 by λ times itself, which keeps weights small. 0 is the article&apos;s (none).</source>
        <translation>Gewichtszerfall λ: Jede Aktualisierung zieht außerdem jedes Gewicht (nicht die Bias-Gewichte) um λ mal sich selbst in Richtung 0; das hält die Gewichte klein. 0 ist die Einstellung des Artikels (keiner).</translation>
    </message>
    <message>
        <source>How the initial weights are drawn from the seed. Article: normal(0, 1), as the article&apos;s code. Uniform: between -0.5 and 0.5, as the TensorFlow Playground. Xavier: scaled to each layer&apos;s size. Changing it draws new initial weights.</source>
        <translation>Wie die Anfangsgewichte aus dem Startwert gezogen werden. Artikel: normal(0, 1), wie im Code des Artikels. Gleichverteilt: zwischen -0.5 und 0.5, wie im TensorFlow Playground. Xavier: nach der Größe jeder Schicht skaliert. Eine Änderung zieht neue Anfangsgewichte.</translation>
    </message>
    <message>
        <source>Train the rows of each epoch in a new random order (from the seed) instead of the table&apos;s order.</source>
        <translation>Die Zeilen jeder Epoche in einer neuen zufälligen Reihenfolge (aus dem Startwert) trainieren statt in der Reihenfolge der Tabelle.</translation>
    </message>
    <message>
        <source>Early stopping: stop once the test rows&apos; error has not improved for this many epochs, and go back to the weights of its best epoch. Off: the other stop rules only.</source>
        <translation>Frühes Stoppen: anhalten, sobald sich der Fehler der Testzeilen so viele Epochen lang nicht verbessert hat, und zu den Gewichten seiner besten Epoche zurückkehren. Aus: nur die übrigen Stoppregeln.</translation>
    </message>
    <message>
        <source>Patience watches the test rows&apos; error: mark some rows as test rows in the table first.</source>
        <translation>Die Geduld beobachtet den Fehler der Testzeilen: Markieren Sie zuerst einige Zeilen der Tabelle als Testzeilen.</translation>
    </message>
    <message>
        <source>Rprop always learns from the whole table at once: it takes no batch size.</source>
        <translation>Rprop lernt immer aus der ganzen Tabelle auf einmal: Es nimmt keine Batch-Größe.</translation>
    </message>
    <message>
        <source>Cross-entropy needs sigmoid outputs: the output layer is {0}.</source>
        <translation>Kreuzentropie braucht Sigmoid-Ausgaben: Die Ausgabeschicht ist {0}.</translation>
    </message>
    <message>
        <source>Rprop needs no learning rate: each weight finds its own step size.</source>
        <translation>Rprop braucht keine Lernrate: Jedes Gewicht findet seine eigene Schrittweite.</translation>
    </message>
    <message>
        <source>{0} does not use the momentum α: it keeps its own memory of past gradients.</source>
        <translation>{0} nutzt das Momentum α nicht: Es hat ein eigenes Gedächtnis vergangener Gradienten.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Mini-batches</source>
        <translation>Mini-Batches</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Ganze Tabelle</translation>
    </message>
    <message>
        <source>Rows per batch</source>
        <translation>Zeilen pro Batch</translation>
    </message>
    <message>
        <source>Rows per mini-batch (the last batch of an epoch may have fewer)</source>
        <translation>Zeilen pro Mini-Batch (der letzte Batch einer Epoche kann weniger haben)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Squared error</source>
        <translation>Quadratischer Fehler</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtszerfall</translation>
    </message>
    <message>
        <source>0 to {0}</source>
        <translation>0 bis {0}</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Shuffle rows</source>
        <translation>Zeilen mischen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>L&amp;oss</source>
        <translation>&amp;Verlust</translation>
    </message>
    <message>
        <source>&amp;Decay λ</source>
        <translation>&amp;Zerfall λ</translation>
    </message>
    <message>
        <source>&amp;Init</source>
        <translation>&amp;Init</translation>
    </message>
    <message>
        <source>Pa&amp;tience</source>
        <translation>&amp;Geduld</translation>
    </message>
    <message>
        <source>Pause training to change the method</source>
        <translation>Pausieren Sie das Training, um das Verfahren zu ändern</translation>
    </message>
    <message>
        <source>Rprop, whole table</source>
        <translation>Rprop, ganze Tabelle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>whole table</source>
        <translation>ganze Tabelle</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>Batches zu {0}</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>Backprop</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>weight decay {0}</source>
        <translation>Gewichtszerfall {0}</translation>
    </message>
    <message>
        <source>uniform initial weights</source>
        <translation>gleichverteilte Anfangsgewichte</translation>
    </message>
    <message>
        <source>xavier initial weights</source>
        <translation>Xavier-Anfangsgewichte</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>gemischt</translation>
    </message>
</context>
<context>
    <name>Methods</name>
    <message>
        <source>Rprop, whole table</source>
        <translation>Rprop, ganze Tabelle</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>whole table</source>
        <translation>ganze Tabelle</translation>
    </message>
    <message>
        <source>batches of {0}</source>
        <translation>Batches zu {0}</translation>
    </message>
    <message>
        <source>weight decay {0:g}</source>
        <translation>Gewichtsverfall {0:g}</translation>
    </message>
    <message>
        <source>{0} initial weights</source>
        <translation>Anfangsgewichte {0}</translation>
    </message>
    <message>
        <source>shuffled</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>unknown {0} {1!r}: choose one of {2}</source>
        <translation>unbekannt ({0}): {1!r}; zur Wahl: {2}</translation>
    </message>
    <message>
        <source>training rule</source>
        <translation>Lernregel</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>initialisation</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <source>the batch size must be a whole number of 1 or more (or the whole table), not {0!r}</source>
        <translation>die Batchgröße muss eine ganze Zahl ab 1 sein (oder die ganze Tabelle), nicht {0!r}</translation>
    </message>
    <message>
        <source>Rprop learns from the whole table at once: it takes no batch size (got {0})</source>
        <translation>Rprop lernt aus der ganzen Tabelle auf einmal: Es nimmt keine Batchgröße (erhalten: {0})</translation>
    </message>
    <message>
        <source>the weight decay must be a number, not {0!r}</source>
        <translation>der Gewichtsverfall muss eine Zahl sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>the weight decay must be a finite number of 0 or more, not {0!r}</source>
        <translation>der Gewichtsverfall muss eine endliche Zahl ab 0 sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>shuffle must be True or False, not {0!r}</source>
        <translation>shuffle muss True oder False sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>the cross-entropy loss needs sigmoid outputs; the output layer is {0}</source>
        <translation>der Kreuzentropie-Verlust braucht sigmoid-Ausgaben; die Ausgabeschicht ist {0}</translation>
    </message>
</context>
<context>
    <name>MethodsView</name>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>The training method in use (the Method group sets it)</source>
        <translation>Das verwendete Trainingsverfahren (in der Gruppe Verfahren einzustellen)</translation>
    </message>
    <message>
        <source>That method cannot be used: {0}</source>
        <translation>Dieses Verfahren ist nicht möglich: {0}</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Verfahren: {0}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>inputs must be {0} numbers, got {1}</source>
        <translation>die Eingaben müssen {0} Zahlen sein, erhalten: {1}</translation>
    </message>
    <message>
        <source>Try a smaller learning rate (eta) or a momentum (alpha) below 1.</source>
        <translation>Versuchen Sie eine kleinere Lernrate (eta) oder ein Momentum (alpha) unter 1.</translation>
    </message>
    <message>
        <source>training diverged at epoch {0} of this run: {1}. {2}</source>
        <translation>das Training ist bei Epoche {0} dieses Laufs divergiert: {1}. {2}</translation>
    </message>
    <message>
        <source>the momentum α is {0:g}: at 1 or more each weight&apos;s change keeps all of the previous one, so the changes grow without bound (use a momentum α below 1, such as 0.9)</source>
        <translation>das Momentum α ist {0:g}: ab 1 behält jede Gewichtsänderung die vorige ganz, sodass die Änderungen grenzenlos wachsen (verwenden Sie ein Momentum α unter 1, etwa 0.9)</translation>
    </message>
    <message>
        <source>the learning rate η of {0:g} is too large: each step overshoots by far (try η from 0.01 to 1)</source>
        <translation>die Lernrate η von {0:g} ist zu groß: Jeder Schritt schießt weit über das Ziel hinaus (versuchen Sie η von 0.01 bis 1)</translation>
    </message>
    <message>
        <source>the learning rate η is 0, so the weights cannot change (try η from 0.01 to 1)</source>
        <translation>die Lernrate η ist 0, also können sich die Gewichte nicht ändern (versuchen Sie η von 0.01 bis 1)</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>the {0} reach {1:g}, far outside 0..1: scale them to 0..1 (or -1..1) before training</source>
        <translation>die {0} erreichen {1:g}, weit außerhalb von 0..1: Skalieren Sie sie vor dem Training auf 0..1 (oder -1..1)</translation>
    </message>
    <message>
        <source>Likely cause: {0}.</source>
        <translation>Wahrscheinliche Ursache: {0}.</translation>
    </message>
    <message>
        <source>Likely causes: {0}; and {1}.</source>
        <translation>Wahrscheinliche Ursachen: {0}; und {1}.</translation>
    </message>
    <message>
        <source>topology must be a list of layer sizes such as [2, 3, 2], not {0!r}</source>
        <translation>die Topologie muss eine Liste von Schichtgrößen wie [2, 3, 2] sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>the topology has {0:,} layers; a network can have at most {1}</source>
        <translation>die Topologie hat {0:,} Schichten; ein Netz kann höchstens {1} haben</translation>
    </message>
    <message>
        <source>topology needs at least an input and an output layer, such as [2, 1]; got {0!r}</source>
        <translation>die Topologie braucht mindestens eine Eingabe- und eine Ausgabeschicht, etwa [2, 1]; erhalten: {0!r}</translation>
    </message>
    <message>
        <source>layer {0} of the topology must be a whole number of neurons, not {1!r}</source>
        <translation>Schicht {0} der Topologie muss eine ganze Zahl von Neuronen sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>layer {0} of the topology has {1} neurons: each layer needs 1 to {2}</source>
        <translation>Schicht {0} der Topologie hat {1} Neuronen: jede Schicht braucht 1 bis {2}</translation>
    </message>
    <message>
        <source>a {0} network would have {1:,} weights; nndesk trains networks of at most {2:,} weights ({3} MB a copy): use fewer or smaller layers</source>
        <translation>ein {0}-Netz hätte {1:,} Gewichte; nndesk trainiert Netze mit höchstens {2:,} Gewichten ({3} MB je Kopie): Verwenden Sie weniger oder kleinere Schichten</translation>
    </message>
    <message>
        <source>activations must be a name such as &quot;sigmoid&quot; or a list of names, not {0!r}</source>
        <translation>die Aktivierungen müssen ein Name wie &quot;sigmoid&quot; oder eine Liste von Namen sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>activations needs one name for each of the {0} layers after the input layer, got {1}</source>
        <translation>die Aktivierungen brauchen einen Namen für jede der {0} Schichten nach der Eingabeschicht, erhalten: {1}</translation>
    </message>
    <message>
        <source>{0} must be a number, not {1!r}</source>
        <translation>{0} muss eine Zahl sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>{0} must be a finite number of 0 or more, not {1!r}</source>
        <translation>{0} muss eine endliche Zahl ab 0 sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>seed must be a whole number from 0 to {0}, not {1!r}</source>
        <translation>der Startwert muss eine ganze Zahl von 0 bis {0} sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>{0}: expected {1} matrices, one per layer pair, got {2}</source>
        <translation>{0}: {1} Matrizen erwartet, eine je Schichtpaar, erhalten: {2}</translation>
    </message>
    <message>
        <source>{0}[{1}] is not a matrix of numbers</source>
        <translation>{0}[{1}] ist keine Matrix aus Zahlen</translation>
    </message>
    <message>
        <source>{0}[{1}] must have shape {2}, got {3}</source>
        <translation>{0}[{1}] muss die Form {2} haben, erhalten: {3}</translation>
    </message>
    <message>
        <source>{0}[{1}] contains NaN or infinite values</source>
        <translation>{0}[{1}] enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <source>{0} must be numbers</source>
        <translation>{0} müssen Zahlen sein</translation>
    </message>
    <message>
        <source>{0} must be rows of {1} numbers each; got an array of shape {2}</source>
        <translation>{0} müssen Zeilen zu je {1} Zahlen sein; erhalten: ein Array der Form {2}</translation>
    </message>
    <message>
        <source>{0} has no rows</source>
        <translation>{0}: keine Zeilen</translation>
    </message>
    <message>
        <source>{0} row {1} contains a value that is not a finite number</source>
        <translation>{0}, Zeile {1} enthält einen Wert, der keine endliche Zahl ist</translation>
    </message>
    <message>
        <source>there are {0} rows of inputs but {1} rows of targets</source>
        <translation>es gibt {0} Zeilen mit Eingaben, aber {1} Zeilen mit Zielen</translation>
    </message>
    <message>
        <source>the optimiser state must be a dictionary of its parts</source>
        <translation>der Zustand des Optimierers muss ein Wörterbuch seiner Teile sein</translation>
    </message>
    <message>
        <source>{0} must be a list of matrices, one per layer pair</source>
        <translation>{0} muss eine Liste von Matrizen sein, eine je Schichtpaar</translation>
    </message>
    <message>
        <source>every Rprop step must be above 0</source>
        <translation>jede Rprop-Schrittweite muss über 0 liegen</translation>
    </message>
    <message>
        <source>Adam&apos;s update count must be a whole number of 0 or more, not {0!r:.40}</source>
        <translation>Adams Schrittzähler muss eine ganze Zahl ab 0 sein, nicht {0!r:.40}</translation>
    </message>
    <message>
        <source>the shuffle generator&apos;s state is not one numpy&apos;s PCG64 can take</source>
        <translation>der Zustand des Mischgenerators ist keiner, den numpys PCG64 annehmen kann</translation>
    </message>
    <message>
        <source>eta (the learning rate)</source>
        <translation>eta (die Lernrate)</translation>
    </message>
    <message>
        <source>alpha (the momentum)</source>
        <translation>alpha (das Momentum)</translation>
    </message>
    <message>
        <source>unknown trainer {0!r}: choose one of {1}</source>
        <translation>unbekannter Trainer {0!r}: Wählen Sie einen von {1}</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>momenta</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>epochs must be a whole number of 0 or more, not {0!r}</source>
        <translation>die Epochen müssen eine ganze Zahl ab 0 sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>train returns one error per epoch, so it trains at most {0:,} epochs a call (not {1:,}, which would need {2:,.0f} GB); call it repeatedly, or use train_until with a StopRule(max_epochs=...)</source>
        <translation>train gibt einen Fehler je Epoche zurück und trainiert darum höchstens {0:,} Epochen je Aufruf (nicht {1:,}, das bräuchte {2:,.0f} GB); rufen Sie es mehrmals auf oder verwenden Sie train_until mit einer StopRule(max_epochs=...)</translation>
    </message>
    <message>
        <source>stop_below must be a number, not NaN</source>
        <translation>stop_below muss eine Zahl sein, nicht NaN</translation>
    </message>
    <message>
        <source>the error became NaN or infinite</source>
        <translation>der Fehler wurde NaN oder unendlich</translation>
    </message>
    <message>
        <source>a weight became NaN or infinite</source>
        <translation>ein Gewicht wurde NaN oder unendlich</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>the {0} trainer trains the article&apos;s online method only, not {1}: use the batch trainer (or auto)</source>
        <translation>der Trainer {0} trainiert nur die Online-Methode des Artikels, nicht {1}: Verwenden Sie den Batch-Trainer (oder auto)</translation>
    </message>
    <message>
        <source>{0} must be {1} numbers, got {2}</source>
        <translation>{0} müssen {1} Zahlen sein, erhalten: {2}</translation>
    </message>
    <message>
        <source>inputs must be finite numbers</source>
        <translation>die Eingaben müssen endliche Zahlen sein</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>Network diagram</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>No network yet</source>
        <translation>Noch kein Netz</translation>
    </message>
    <message>
        <source>A {0} network</source>
        <translation>Ein {0}-Netz</translation>
    </message>
    <message>
        <source>{0} positive and {1} negative weights</source>
        <translation>{0} positive und {1} negative Gewichte</translation>
    </message>
    <message>
        <source>for {0}: {1}</source>
        <translation>für {0}: {1}</translation>
    </message>
    <message>
        <source>{0} computes {1}</source>
        <translation>{0} berechnet {1}</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>positives Gewicht</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>negatives Gewicht</translation>
    </message>
    <message>
        <source>thicker = stronger</source>
        <translation>dicker = stärker</translation>
    </message>
    <message>
        <source>{0} strongest of {1} shown</source>
        <translation>die {0} stärksten von {1} gezeigt</translation>
    </message>
    <message>
        <source>weight from {0} to {1}: {2}</source>
        <translation>Gewicht von {0} zu {1}: {2}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>bias of hidden layer {0}</source>
        <translation>Bias der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>verborgen {0}</translation>
    </message>
    <message>
        <source>{0}: output always 1</source>
        <translation>{0}: Ausgabe immer 1</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>learned: {0}</source>
        <translation>gelernt: {0}</translation>
    </message>
    <message>
        <source>click to flip this input</source>
        <translation>Klicken schaltet diese Eingabe um</translation>
    </message>
</context>
<context>
    <name>NeuronMaps</name>
    <message>
        <source>The neuron maps show networks of two inputs</source>
        <translation>Die Neuronenkarten zeigen Netze mit zwei Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>verborgen {0}</translation>
    </message>
    <message>
        <source>{0}: click to show it large</source>
        <translation>{0}: zum Vergrößern klicken</translation>
    </message>
    <message>
        <source>Map of {0}</source>
        <translation>Karte von {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>hidden layer {0}, neuron {1}</source>
        <translation>verborgene Schicht {0}, Neuron {1}</translation>
    </message>
    <message>
        <source>Neuron maps</source>
        <translation>Neuronenkarten</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Converged at epoch {0}: error {1}</source>
        <translation>Konvergiert bei Epoche {0}: Fehler {1}</translation>
    </message>
    <message>
        <source>All rows correct at epoch {0}: error {1}</source>
        <translation>Alle Zeilen richtig bei Epoche {0}: Fehler {1}</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>Stopped at the limit of {0}: error {1}</source>
        <translation>An der Grenze von {0} angehalten: Fehler {1}</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <source>Plot Options</source>
        <translation>Diagrammoptionen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Umrechnungen</translation>
    </message>
    <message>
        <source>Downsample</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Gitter</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>PointPainter</name>
    <message>
        <source>Clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <source>Remove the points of the table to draw anew (the first stays: a table keeps a row); Undo brings them back</source>
        <translation>Die Punkte der Tabelle entfernen, um neu zu zeichnen (der erste bleibt: eine Tabelle behält eine Zeile); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Pause training to draw points</source>
        <translation>Training pausieren, um Punkte zu zeichnen</translation>
    </message>
    <message>
        <source>Points are drawn on a table of two inputs and one target</source>
        <translation>Punkte werden auf einer Tabelle mit zwei Eingaben und einem Ziel gezeichnet</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Punkte hinzufügen</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Cleared 1 point</source>
        <translation>1 Punkt gelöscht</translation>
    </message>
    <message>
        <source>Cleared {0} points</source>
        <translation>{0} Punkte gelöscht</translation>
    </message>
    <message>
        <source>(one stays: a table keeps a row; right-click it to erase it once you have drawn others)</source>
        <translation>(einer bleibt: eine Tabelle behält eine Zeile; löschen Sie ihn mit einem Rechtsklick, sobald Sie andere gezeichnet haben)</translation>
    </message>
    <message>
        <source>The last training point cannot be erased: every other point is a test row</source>
        <translation>Der letzte Trainingspunkt kann nicht gelöscht werden: Jeder andere Punkt ist eine Testzeile</translation>
    </message>
    <message>
        <source>Erase point</source>
        <translation>Punkt löschen</translation>
    </message>
</context>
<context>
    <name>PredictPanel</name>
    <message>
        <source>The network diverged: its outputs are not numbers. Reset or choose new weights.</source>
        <translation>Das Netz ist divergiert: Seine Ausgaben sind keine Zahlen. Zurücksetzen oder neue Gewichte wählen.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Flip the inputs and read what the network answers</source>
        <translation>Die Eingaben umschalten und ablesen, was das Netz antwortet</translation>
    </message>
    <message>
        <source>gives</source>
        <translation>ergibt</translation>
    </message>
    <message>
        <source>Input {0}: click to switch between 0 and 1</source>
        <translation>Eingabe {0}: Klicken schaltet zwischen 0 und 1 um</translation>
    </message>
    <message>
        <source>Output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>Output {0}, thresholded: 1 when the raw output is above the threshold</source>
        <translation>Ausgabe {0}, mit Schwelle: 1, wenn die Rohausgabe über der Schwelle liegt</translation>
    </message>
    <message>
        <source>Output {0}, raw value of the output neuron</source>
        <translation>Ausgabe {0}, Rohwert des Ausgabeneurons</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>The table has no row with these inputs</source>
        <translation>Die Tabelle hat keine Zeile mit diesen Eingaben</translation>
    </message>
    <message>
        <source>x (a don&apos;t-care)</source>
        <translation>x (beliebig)</translation>
    </message>
    <message>
        <source>Target {0}: matches</source>
        <translation>Ziel {0}: stimmt</translation>
    </message>
    <message>
        <source>Target {0}: does not match</source>
        <translation>Ziel {0}: stimmt nicht</translation>
    </message>
    <message>
        <source>This input row is not in the table</source>
        <translation>Diese Eingabezeile steht nicht in der Tabelle</translation>
    </message>
    <message>
        <source>{0} (on the threshold)</source>
        <translation>{0} (auf der Schwelle)</translation>
    </message>
    <message>
        <source>Input {0}, {1}</source>
        <translation>Eingabe {0}, {1}</translation>
    </message>
    <message>
        <source>{0}: diverged</source>
        <translation>{0}: divergiert</translation>
    </message>
    <message>
        <source>{0}: no answer yet</source>
        <translation>{0}: noch keine Antwort</translation>
    </message>
    <message>
        <source>{0}: {1}, raw {2}</source>
        <translation>{0}: {1}, roh {2}</translation>
    </message>
    <message>
        <source>Output {0}: the network diverged, so this output has no value</source>
        <translation>Ausgabe {0}: Das Netz ist divergiert, diese Ausgabe hat keinen Wert</translation>
    </message>
    <message>
        <source>matches the table</source>
        <translation>stimmt mit der Tabelle überein</translation>
    </message>
    <message>
        <source>does not match the table</source>
        <translation>stimmt nicht mit der Tabelle überein</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>AND</source>
        <translation>AND</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>OR</translation>
    </message>
    <message>
        <source>NAND</source>
        <translation>NAND</translation>
    </message>
    <message>
        <source>NOR</source>
        <translation>NOR</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>XNOR</source>
        <translation>XNOR</translation>
    </message>
    <message>
        <source>NOT</source>
        <translation>NOT</translation>
    </message>
    <message>
        <source>Half adder</source>
        <translation>Halbaddierer</translation>
    </message>
    <message>
        <source>Full adder</source>
        <translation>Volladdierer</translation>
    </message>
    <message>
        <source>3-bit parity</source>
        <translation>3-Bit-Parität</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <source>2:1 mux</source>
        <translation>2:1-Multiplexer</translation>
    </message>
    <message>
        <source>2-to-4 decoder</source>
        <translation>2-zu-4-Decoder</translation>
    </message>
    <message>
        <source>2-bit comparator (A&gt;B)</source>
        <translation>2-Bit-Vergleicher (A&gt;B)</translation>
    </message>
    <message>
        <source>2-bit adder</source>
        <translation>2-Bit-Addierer</translation>
    </message>
    <message>
        <source>4-bit parity</source>
        <translation>4-Bit-Parität</translation>
    </message>
    <message>
        <source>7-segment decoder</source>
        <translation>7-Segment-Decoder</translation>
    </message>
    <message>
        <source>5-input majority (test rows)</source>
        <translation>Mehrheit aus 5 Eingaben (Testzeilen)</translation>
    </message>
    <message>
        <source>Y is 1 only when A and B are both 1</source>
        <translation>Y ist nur 1, wenn A und B beide 1 sind</translation>
    </message>
    <message>
        <source>Y is 1 when A or B (or both) is 1</source>
        <translation>Y ist 1, wenn A oder B (oder beide) 1 ist</translation>
    </message>
    <message>
        <source>NOT AND: Y is 0 only when A and B are both 1</source>
        <translation>NICHT UND: Y ist nur 0, wenn A und B beide 1 sind</translation>
    </message>
    <message>
        <source>NOT OR: Y is 1 only when A and B are both 0</source>
        <translation>NICHT ODER: Y ist nur 1, wenn A und B beide 0 sind</translation>
    </message>
    <message>
        <source>Exclusive or: Y is 1 when A and B differ (needs a hidden layer)</source>
        <translation>Exklusives Oder: Y ist 1, wenn A und B verschieden sind (braucht eine verborgene Schicht)</translation>
    </message>
    <message>
        <source>Equality: Y is 1 when A and B are the same (needs a hidden layer)</source>
        <translation>Gleichheit: Y ist 1, wenn A und B gleich sind (braucht eine verborgene Schicht)</translation>
    </message>
    <message>
        <source>One input: Y is the opposite of A</source>
        <translation>Eine Eingabe: Y ist das Gegenteil von A</translation>
    </message>
    <message>
        <source>Adds two bits: Sum = A XOR B, Carry = A AND B (the article&apos;s example)</source>
        <translation>Addiert zwei Bits: Sum = A XOR B, Carry = A AND B (das Beispiel des Artikels)</translation>
    </message>
    <message>
        <source>Adds three bits A + B + Cin: Sum is the low bit, Cout the carry</source>
        <translation>Addiert drei Bits A + B + Cin: Sum ist das niedrige Bit, Cout der Übertrag</translation>
    </message>
    <message>
        <source>Odd is 1 when an odd number of A, B, C are 1</source>
        <translation>Odd ist 1, wenn eine ungerade Anzahl von A, B, C 1 ist</translation>
    </message>
    <message>
        <source>Y is 1 when at least two of A, B, C are 1</source>
        <translation>Y ist 1, wenn mindestens zwei von A, B, C 1 sind</translation>
    </message>
    <message>
        <source>Selector: Y = A when S is 0, Y = B when S is 1</source>
        <translation>Auswahl: Y = A, wenn S 0 ist, Y = B, wenn S 1 ist</translation>
    </message>
    <message>
        <source>The 2-bit number A1 A0 (A1 is the high bit) lights exactly one of Y0..Y3</source>
        <translation>Die 2-Bit-Zahl A1 A0 (A1 ist das hohe Bit) schaltet genau eines von Y0..Y3 ein</translation>
    </message>
    <message>
        <source>A&gt;B is 1 when the 2-bit number A1 A0 is greater than B1 B0</source>
        <translation>A&gt;B ist 1, wenn die 2-Bit-Zahl A1 A0 größer als B1 B0 ist</translation>
    </message>
    <message>
        <source>Adds the 2-bit numbers A1 A0 and B1 B0: Cout S1 S0 is the 3-bit sum</source>
        <translation>Addiert die 2-Bit-Zahlen A1 A0 und B1 B0: Cout S1 S0 ist die 3-Bit-Summe</translation>
    </message>
    <message>
        <source>Odd is 1 when an odd number of A, B, C, D are 1</source>
        <translation>Odd ist 1, wenn eine ungerade Anzahl von A, B, C, D 1 ist</translation>
    </message>
    <message>
        <source>The BCD digit D3 D2 D1 D0 (0-9) lights segments a-g; 10-15 never occur: don&apos;t-cares (x)</source>
        <translation>Die BCD-Ziffer D3 D2 D1 D0 (0-9) schaltet die Segmente a-g; 10-15 kommen nie vor: beliebig (x)</translation>
    </message>
    <message>
        <source>Y is 1 when at least three of A..E are 1. The 8 test rows are never trained on: does the network answer rows it never saw? (Hold out rows of 3-bit parity to see it fail.)</source>
        <translation>Y ist 1, wenn mindestens drei von A..E 1 sind. Mit den 8 Testzeilen wird nie trainiert: Beantwortet das Netz Zeilen, die es nie gesehen hat? (Halten Sie Zeilen der 3-Bit-Parität zurück, um es scheitern zu sehen.)</translation>
    </message>
    <message>
        <source>the preset file {0} is broken: {1}</source>
        <translation>die Vorlagendatei {0} ist beschädigt: {1}</translation>
    </message>
    <message>
        <source>error &lt; {0:g}</source>
        <translation>Fehler &lt; {0:g}</translation>
    </message>
    <message>
        <source>all rows right by {0:g}</source>
        <translation>alle Zeilen richtig mit Abstand {0:g}</translation>
    </message>
    <message>
        <source>, test rows {0}</source>
        <translation>, Testzeilen {0}</translation>
    </message>
    <message>
        <source>network {0}, {1}η {2:g}, α {3:g}, {4}, at most {5:,} epochs{6}</source>
        <translation>Netz {0}, {1}η {2:g}, α {3:g}, {4}, höchstens {5:,} Epochen{6}</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadranten</translation>
    </message>
    <message>
        <source>Gaussians</source>
        <translation>Gauß-Wolken</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Bumps</source>
        <translation>Hügel</translation>
    </message>
    <message>
        <source>Points inside a circle (y = 1) or in a ring around it (y = 0), as in TensorFlow Playground</source>
        <translation>Punkte in einem Kreis (y = 1) oder in einem Ring darum (y = 0), wie im TensorFlow Playground</translation>
    </message>
    <message>
        <source>y = 1 where x1 and x2 have the same sign: the Playground&apos;s XOR of four quadrants</source>
        <translation>y = 1, wo x1 und x2 dasselbe Vorzeichen haben: das XOR der vier Quadranten aus dem Playground</translation>
    </message>
    <message>
        <source>Two clouds of points around (2, 2) (y = 1) and (-2, -2) (y = 0)</source>
        <translation>Zwei Punktwolken um (2, 2) (y = 1) und (-2, -2) (y = 0)</translation>
    </message>
    <message>
        <source>Two interleaved spiral arms, y = 1 and y = 0: the Playground&apos;s hardest problem</source>
        <translation>Zwei ineinander verschlungene Spiralarme, y = 1 und y = 0: die schwerste Aufgabe des Playgrounds</translation>
    </message>
    <message>
        <source>Regression: y = (x1 + x2) / 10 over the square -6..6</source>
        <translation>Regression: y = (x1 + x2) / 10 über dem Quadrat -6..6</translation>
    </message>
    <message>
        <source>Regression: six bumps of height +1 or -1 over the square -6..6</source>
        <translation>Regression: sechs Hügel der Höhe +1 oder -1 über dem Quadrat -6..6</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <source>Your work is still here, not saved: choose File &gt; Save As to save it somewhere else (another folder or drive).</source>
        <translation>Ihre Arbeit ist noch da, aber nicht gespeichert: Wählen Sie Datei &gt; Speichern unter, um sie anderswo zu speichern (anderer Ordner oder anderes Laufwerk).</translation>
    </message>
    <message>
        <source>nndesk closed unexpectedly. Restore the unsaved work from {time}?</source>
        <translation>nndesk wurde unerwartet beendet. Die ungespeicherte Arbeit von {time} wiederherstellen?</translation>
    </message>
    <message>
        <source>nndesk projects (*.nndesk);;All files (*)</source>
        <translation>nndesk-Projekte (*.nndesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The article&apos;s demo: half adder, 2-3-2, η 0.09, α 0.015, target error 0.01</source>
        <translation>Die Demo des Artikels: Halbaddierer, 2-3-2, η 0.09, α 0.015, Zielfehler 0.01</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>{0} kann nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <source>Opened {0}: epoch {1}</source>
        <translation>{0} geöffnet: Epoche {1}</translation>
    </message>
    <message>
        <source>its network {0} is bigger than the window shows (at most {1} hidden layers of {2} neurons); nndesk train FILE can train it</source>
        <translation>sein Netz {0} ist größer, als das Fenster zeigt (höchstens {1} verborgene Schichten mit {2} Neuronen); nndesk train DATEI kann es trainieren</translation>
    </message>
    <message>
        <source>learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>momentum α</source>
        <translation>Momentum α</translation>
    </message>
    <message>
        <source>error target</source>
        <translation>Fehlerziel</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>max epochs</source>
        <translation>Max. Epochen</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>its {0} {1} is outside what the window allows ({2} to {3})</source>
        <translation>sein Wert für {0}, {1}, liegt außerhalb dessen, was das Fenster erlaubt ({2} bis {3})</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Pause training to save the project</source>
        <translation>Training pausieren, um das Projekt zu speichern</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {0} before going on?</source>
        <translation>Die Änderungen an {0} speichern, bevor es weitergeht?</translation>
    </message>
    <message>
        <source>The table, the network and its training will be lost if you don&apos;t save them.</source>
        <translation>Die Tabelle, das Netz und sein Training gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore shows the table, the network and its training as they were autosaved; Discard deletes them.</source>
        <translation>Wiederherstellen zeigt Tabelle, Netz und Training so, wie sie automatisch gesichert wurden; Verwerfen löscht sie.</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved work</source>
        <translation>Die ungespeicherte Arbeit kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot show the autosaved work: {0}</source>
        <translation>Die automatisch gesicherte Arbeit kann nicht gezeigt werden: {0}</translation>
    </message>
    <message>
        <source>Restored the work autosaved at {0}: epoch {1}. Save it to keep it.</source>
        <translation>Die um {0} automatisch gesicherte Arbeit ist wiederhergestellt: Epoche {1}. Speichern Sie sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>{0} is no longer there; it was taken off the list.</source>
        <translation>{0} ist nicht mehr da; es wurde von der Liste genommen.</translation>
    </message>
    <message>
        <source>Table from expressions</source>
        <translation>Tabelle aus Ausdrücken</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Eine Tabelle importieren</translation>
    </message>
    <message>
        <source>Cannot import the table</source>
        <translation>Die Tabelle kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Die Tabelle exportieren</translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the table to {0}</source>
        <translation>Die Tabelle wurde nach {0} geschrieben</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Als Python exportieren</translation>
    </message>
    <message>
        <source>Python files (*.py)</source>
        <translation>Python-Dateien (*.py)</translation>
    </message>
    <message>
        <source>Cannot export the network</source>
        <translation>Das Netz kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Wrote {0}: run it with  python {0} 0 1</source>
        <translation>{0} geschrieben: starten Sie es mit  python {0} 0 1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk is full (you have used all the space you are allowed)</source>
        <translation>der Datenträger ist voll (Sie haben Ihren ganzen erlaubten Platz belegt)</translation>
    </message>
    <message>
        <source>the disk is full, or the file would be bigger than this disk or your account allows</source>
        <translation>der Datenträger ist voll, oder die Datei wäre größer, als dieser Datenträger oder Ihr Konto erlaubt</translation>
    </message>
    <message>
        <source>nndesk may not write in the folder {0}: it is read-only or belongs to someone else</source>
        <translation>nndesk darf nicht in den Ordner {0} schreiben: er ist schreibgeschützt oder gehört jemand anderem</translation>
    </message>
    <message>
        <source>the folder {0} is on a read-only disk</source>
        <translation>der Ordner {0} liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <source>there is a folder named {0} where the project file should go</source>
        <translation>wo die Projektdatei hin soll, liegt ein Ordner namens {0}</translation>
    </message>
    <message>
        <source>the folder {0} is not there (a file has its name)</source>
        <translation>den Ordner {0} gibt es nicht (eine Datei hat seinen Namen)</translation>
    </message>
    <message>
        <source>the folder {0} is not there any more</source>
        <translation>den Ordner {0} gibt es nicht mehr</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}. The file on disk was not changed.</source>
        <translation>{0} konnte nicht gespeichert werden: {1}. Die Datei auf dem Datenträger blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>Could not save {0}: it would take {1:,.0f} MB, more than the {2:,} MB nndesk opens. The file on disk was not changed.</source>
        <translation>{0} konnte nicht gespeichert werden: Die Datei hätte {1:,.0f} MB, mehr als die {2:,} MB, die nndesk öffnet. Die Datei auf dem Datenträger wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}. The file on disk was not changed.</source>
        <translation>{0} konnte nicht gespeichert werden: {1}. Die Datei auf dem Datenträger blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot open {0}: {1}</source>
        <translation>{0} kann nicht geöffnet werden: {1}</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {0}, column {1}: {2})</source>
        <translation>sie ist kein gültiges JSON (Zeile {0}, Spalte {1}: {2})</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a project</source>
        <translation>sie ist zu tief verschachtelt für ein Projekt</translation>
    </message>
    <message>
        <source>it is not a text file (it starts as {0} but is damaged further on)</source>
        <translation>sie ist keine Textdatei (sie beginnt als {0}, ist aber weiter hinten beschädigt)</translation>
    </message>
    <message>
        <source>it is not a text file (not UTF-8)</source>
        <translation>sie ist keine Textdatei (kein UTF-8)</translation>
    </message>
    <message>
        <source>it contains {0}, which is not a number JSON allows</source>
        <translation>sie enthält {0}, keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>it contains a whole number of {0:,} digits, more than any project holds</source>
        <translation>sie enthält eine ganze Zahl mit {0:,} Ziffern, mehr als jedes Projekt enthält</translation>
    </message>
    <message>
        <source>it contains the number {0}, too large for nndesk</source>
        <translation>sie enthält die Zahl {0}, zu groß für nndesk</translation>
    </message>
    <message>
        <source>it is not an nndesk project (the &quot;format&quot; field is not &quot;nndesk-project&quot;)</source>
        <translation>sie ist kein nndesk-Projekt (das Feld &quot;format&quot; ist nicht &quot;nndesk-project&quot;)</translation>
    </message>
    <message>
        <source>the &quot;version&quot; field must be a whole number</source>
        <translation>das Feld &quot;version&quot; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>it was saved by a newer nndesk (file version {0}; this version reads up to {1}). Update nndesk to open it</source>
        <translation>sie wurde von einem neueren nndesk gespeichert (Dateiversion {0}; diese Version liest bis {1}). Aktualisieren Sie nndesk, um sie zu öffnen</translation>
    </message>
    <message>
        <source>file version {0} is not one nndesk ever wrote</source>
        <translation>Dateiversion {0} hat nndesk nie geschrieben</translation>
    </message>
    <message>
        <source>its fields (file version {0}) are damaged and cannot be upgraded</source>
        <translation>ihre Felder (Dateiversion {0}) sind beschädigt und können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>its content does not match the version it claims: it says file version {0}, but it is laid out as version {1} (it has a &quot;{2}&quot; section). Correct its &quot;version&quot; field</source>
        <translation>ihr Inhalt passt nicht zur angegebenen Version: Sie nennt Dateiversion {0}, ist aber wie Version {1} aufgebaut (sie hat einen Abschnitt &quot;{2}&quot;). Korrigieren Sie ihr Feld &quot;version&quot;</translation>
    </message>
    <message>
        <source>the &quot;method&quot; section is missing or is not an object</source>
        <translation>der Abschnitt &quot;method&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;method.shuffle&quot; must be true or false, not {0}</source>
        <translation>&quot;method.shuffle&quot; muss true oder false sein, nicht {0}</translation>
    </message>
    <message>
        <source>&quot;method&quot;: {0}</source>
        <translation>&quot;method&quot;: {0}</translation>
    </message>
    <message>
        <source>&quot;method.test_rows&quot; must be a list of row numbers (from 0)</source>
        <translation>&quot;method.test_rows&quot; muss eine Liste von Zeilennummern sein (ab 0)</translation>
    </message>
    <message>
        <source>&quot;method.test_rows&quot;: {0}</source>
        <translation>&quot;method.test_rows&quot;: {0}</translation>
    </message>
    <message>
        <source>&quot;state.optimizer&quot; must be an object</source>
        <translation>&quot;state.optimizer&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;state.optimizer&quot;: {0}</source>
        <translation>&quot;state.optimizer&quot;: {0}</translation>
    </message>
    <message>
        <source>the &quot;run&quot; section must be an object</source>
        <translation>der Abschnitt &quot;run&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;run.interventions&quot; lists {0:,}; nndesk reads at most {1:,}</source>
        <translation>&quot;run.interventions&quot; listet {0:,} auf; nndesk liest höchstens {1:,}</translation>
    </message>
    <message>
        <source>&quot;run.interventions&quot; must be in the order of their epochs</source>
        <translation>&quot;run.interventions&quot; müssen in der Reihenfolge ihrer Epochen stehen</translation>
    </message>
    <message>
        <source>&quot;run.interrupted&quot; must be true or false, not {0}</source>
        <translation>&quot;run.interrupted&quot; muss true oder false sein, nicht {0}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be an object</source>
        <translation>&quot;{0}&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be text of at most 500 characters</source>
        <translation>&quot;{0}&quot; muss ein Text von höchstens 500 Zeichen sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be one line of text, without control characters</source>
        <translation>&quot;{0}&quot; muss eine Textzeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <source>the &quot;{0}&quot; section is missing or is not an object</source>
        <translation>der Abschnitt &quot;{0}&quot; fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be a list</source>
        <translation>&quot;{0}&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be a number of 0 or more, not {1}</source>
        <translation>&quot;{0}&quot; muss eine Zahl ab 0 sein, nicht {1}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be a whole number from {1:,} to {2:,}, not {3}</source>
        <translation>&quot;{0}&quot; muss eine ganze Zahl von {1:,} bis {2:,} sein, nicht {3}</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; must be one of {1}, not {2}</source>
        <translation>&quot;{0}&quot; muss eines von {1} sein, nicht {2}</translation>
    </message>
    <message>
        <source>the table has {0:,} columns; nndesk works with at most {1:,}</source>
        <translation>die Tabelle hat {0:,} Spalten; nndesk arbeitet mit höchstens {1:,}</translation>
    </message>
    <message>
        <source>the table has {0:,} rows; nndesk works with at most {1:,}</source>
        <translation>die Tabelle hat {0:,} Zeilen; nndesk arbeitet mit höchstens {1:,}</translation>
    </message>
    <message>
        <source>the table has {0:,} rows of {1:,} columns, {2:,} values; nndesk works with at most {3:,}</source>
        <translation>die Tabelle hat {0:,} Zeilen zu {1:,} Spalten, {2:,} Werte; nndesk arbeitet mit höchstens {3:,}</translation>
    </message>
    <message>
        <source>row {0} of the table has {1}; expected {2}</source>
        <translation>Zeile {0} der Tabelle hat {1}; erwartet {2}</translation>
    </message>
    <message>
        <source>row {0} of the table, column {1}: {2} is not a number</source>
        <translation>Zeile {0} der Tabelle, Spalte {1}: {2} ist keine Zahl</translation>
    </message>
    <message>
        <source>the column names in &quot;table&quot; must be text</source>
        <translation>die Spaltennamen in &quot;table&quot; müssen Text sein</translation>
    </message>
    <message>
        <source>the table: {0}</source>
        <translation>die Tabelle: {0}</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be a list of feature names such as &quot;x1^2&quot;</source>
        <translation>&quot;features&quot; muss eine Liste von Merkmalsnamen wie &quot;x1^2&quot; sein</translation>
    </message>
    <message>
        <source>&quot;features&quot; are made from two inputs x1, x2; the table has {0}</source>
        <translation>&quot;features&quot; werden aus zwei Eingaben x1, x2 gebildet; die Tabelle hat {0}</translation>
    </message>
    <message>
        <source>&quot;features&quot;: {0}</source>
        <translation>&quot;features&quot;: {0}</translation>
    </message>
    <message>
        <source>&quot;dataset&quot; must be an object or null</source>
        <translation>&quot;dataset&quot; muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>&quot;dataset&quot;: {0}</source>
        <translation>&quot;dataset&quot;: {0}</translation>
    </message>
    <message>
        <source>&quot;network.topology&quot; must list 2 to {0} layer sizes of 1 to {1} neurons, not {2}</source>
        <translation>&quot;network.topology&quot; muss 2 bis {0} Schichtgrößen von 1 bis {1} Neuronen auflisten, nicht {2}</translation>
    </message>
    <message>
        <source>the network {0} does not fit the table&apos;s {1} and {2}</source>
        <translation>das Netz {0} passt nicht zu den {1} und {2} der Tabelle</translation>
    </message>
    <message>
        <source>the network {0} has {1:,} weights; nndesk trains networks of at most {2:,}</source>
        <translation>das Netz {0} hat {1:,} Gewichte; nndesk trainiert Netze mit höchstens {2:,}</translation>
    </message>
    <message>
        <source>&quot;network.activations&quot; needs {0} names, one per layer after the inputs; it has {1}</source>
        <translation>&quot;network.activations&quot; braucht {0} Namen, einen je Schicht nach den Eingaben; es hat {1}</translation>
    </message>
    <message>
        <source>&quot;network.activations&quot;: unknown activation {0} (choose from {1})</source>
        <translation>&quot;network.activations&quot;: unbekannte Aktivierung {0} (zur Wahl: {1})</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; needs {1} matrices, one per pair of layers; it has {2}</source>
        <translation>&quot;{0}&quot; braucht {1} Matrizen, eine je Schichtpaar; es hat {2}</translation>
    </message>
    <message>
        <source>&quot;{0}[{1}]&quot; must be {2} of {3} (the network is {4})</source>
        <translation>&quot;{0}[{1}]&quot; muss {2} zu je {3} haben (das Netz ist {4})</translation>
    </message>
    <message>
        <source>&quot;{0}[{1}]&quot; must hold only finite numbers</source>
        <translation>&quot;{0}[{1}]&quot; darf nur endliche Zahlen enthalten</translation>
    </message>
    <message>
        <source>the &quot;state&quot; section must be an object or null</source>
        <translation>der Abschnitt &quot;state&quot; muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>the &quot;history&quot; section must be an object</source>
        <translation>der Abschnitt &quot;history&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;history&quot; has {0} but {1}</source>
        <translation>&quot;history&quot; hat {0}, aber {1}</translation>
    </message>
    <message>
        <source>&quot;history.epochs&quot; must be whole numbers from 1 to {0:,}</source>
        <translation>&quot;history.epochs&quot; müssen ganze Zahlen von 1 bis {0:,} sein</translation>
    </message>
    <message>
        <source>&quot;history.errors&quot; must be numbers (or null for an error that was not finite)</source>
        <translation>&quot;history.errors&quot; müssen Zahlen sein (oder null für einen Fehler, der nicht endlich war)</translation>
    </message>
    <message>
        <source>&quot;history.epochs&quot; must increase</source>
        <translation>&quot;history.epochs&quot; müssen aufsteigen</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>stored initial weights are not those of seed {0}</source>
        <translation>die gespeicherten Anfangsgewichte sind nicht die von Startwert {0}</translation>
    </message>
    <message>
        <source>the run records a change at epoch {0:,}, after the {1:,} epochs stored</source>
        <translation>der Lauf verzeichnet eine Änderung bei Epoche {0:,}, nach den {1:,} gespeicherten Epochen</translation>
    </message>
    <message>
        <source>the stored error history goes to epoch {0:,}, past the {1:,} epochs of the stored network</source>
        <translation>der gespeicherte Fehlerverlauf reicht bis Epoche {0:,}, über die {1:,} Epochen des gespeicherten Netzes hinaus</translation>
    </message>
    <message>
        <source>the replay of seed {0} diverged at epoch {1:,}, but the file holds a trained network after {2:,} epochs</source>
        <translation>die Wiederholung von Startwert {0} ist bei Epoche {1:,} divergiert, aber die Datei enthält ein trainiertes Netz nach {2:,} Epochen</translation>
    </message>
    <message>
        <source>stored weights differ from the replay of seed {0} after {1:,} epochs</source>
        <translation>die gespeicherten Gewichte weichen von der Wiederholung von Startwert {0} nach {1:,} Epochen ab</translation>
    </message>
    <message>
        <source>stored momenta differ from the replay of seed {0} after {1:,} epochs</source>
        <translation>die gespeicherten Momente weichen von der Wiederholung von Startwert {0} nach {1:,} Epochen ab</translation>
    </message>
    <message>
        <source>the stored error history differs from the replay of seed {0} at epoch {1:,}</source>
        <translation>der gespeicherte Fehlerverlauf weicht von der Wiederholung von Startwert {0} bei Epoche {1:,} ab</translation>
    </message>
    <message>
        <source> and {0:,} more</source>
        <translation> und {0:,} weiteren</translation>
    </message>
    <message>
        <source>the run records changes, but the file holds no trained network</source>
        <translation>der Lauf verzeichnet Änderungen, aber die Datei enthält kein trainiertes Netz</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>a device (like /dev/null), not a file</source>
        <translation>ein Gerät (wie /dev/null), keine Datei</translation>
    </message>
    <message>
        <source>a device (a disk), not a file</source>
        <translation>ein Gerät (ein Datenträger), keine Datei</translation>
    </message>
    <message>
        <source>a pipe (FIFO), not a file</source>
        <translation>eine Pipe (FIFO), keine Datei</translation>
    </message>
    <message>
        <source>a socket, not a file</source>
        <translation>ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>there is no file name</source>
        <translation>es gibt keinen Dateinamen</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself (a loop)</source>
        <translation>es ist ein symbolischer Link, der auf sich selbst zurückführt (eine Schleife)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is {0}; nndesk saves only to regular files</source>
        <translation>es ist {0}; nndesk speichert nur in gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>it is not a regular file; nndesk saves only to regular files</source>
        <translation>es ist keine gewöhnliche Datei; nndesk speichert nur in gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder</source>
        <translation>{0} ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the folder {0} does not exist</source>
        <translation>der Ordner {0} existiert nicht</translation>
    </message>
    <message>
        <source>nndesk may not write in the folder {0} ({1})</source>
        <translation>nndesk darf nicht in den Ordner {0} schreiben ({1})</translation>
    </message>
    <message>
        <source>the file may not be changed (it is marked immutable, or on a read-only disk)</source>
        <translation>die Datei darf nicht geändert werden (sie ist als unveränderlich markiert oder liegt auf einem schreibgeschützten Datenträger)</translation>
    </message>
</context>
<context>
    <name>Separability</name>
    <message>
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>{0} is {1} {2} {3}</source>
        <translation>{0} ist {1} {2} {3}</translation>
    </message>
    <message>
        <source>A network without a hidden layer draws one straight line; {0} needs two: add a hidden layer ({1}).</source>
        <translation>Ein Netz ohne verborgene Schicht zieht eine einzige Gerade; {0} braucht zwei: Fügen Sie eine verborgene Schicht hinzu ({1}).</translation>
    </message>
    <message>
        <source>A network without a hidden layer draws one straight line; {0} needs more than one (no straight line splits the rows of 1 from the rows of 0): add a hidden layer.</source>
        <translation>Ein Netz ohne verborgene Schicht zieht eine einzige Gerade; {0} braucht mehr als eine (keine Gerade trennt die Zeilen mit 1 von denen mit 0): Fügen Sie eine verborgene Schicht hinzu.</translation>
    </message>
    <message>
        <source>A network without a hidden layer draws one straight line; {0} need more than one (no straight line splits the rows of 1 from the rows of 0): add a hidden layer.</source>
        <translation>Ein Netz ohne verborgene Schicht zieht eine einzige Gerade; {0} brauchen mehr als eine (keine Gerade trennt die Zeilen mit 1 von denen mit 0): Fügen Sie eine verborgene Schicht hinzu.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
</context>
<context>
    <name>StepThrough</name>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>Bias {0}</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>verborgen {0}</translation>
    </message>
    <message>
        <source>connection {0} → {1}</source>
        <translation>Verbindung {0} → {1}</translation>
    </message>
    <message>
        <source>gradient of {0} = error · f′(output of {0})</source>
        <translation>Gradient von {0} = Fehler · f′(Ausgabe von {0})</translation>
    </message>
    <message>
        <source>Δw = η · gradient of {0} · output of {1} + α · Δw_prev</source>
        <translation>Δw = η · Gradient von {0} · Ausgabe von {1} + α · Δw_vorher</translation>
    </message>
    <message>
        <source>error sent back to {0} = w · gradient  (the new w)</source>
        <translation>an {0} zurückgesandter Fehler = w · Gradient  (das neue w)</translation>
    </message>
    <message>
        <source>no error is sent back: {0} is the bias</source>
        <translation>kein Fehler wird zurückgesandt: {0} ist der Bias</translation>
    </message>
    <message>
        <source>no error is sent back: {0} is an input</source>
        <translation>kein Fehler wird zurückgesandt: {0} ist eine Eingabe</translation>
    </message>
    <message>
        <source>inputs: {0}</source>
        <translation>Eingaben: {0}</translation>
    </message>
    <message>
        <source>targets: {0}</source>
        <translation>Ziele: {0}</translation>
    </message>
    <message>
        <source>forward:</source>
        <translation>vorwärts:</translation>
    </message>
    <message>
        <source>row error (RMS over the outputs) = {0}</source>
        <translation>Zeilenfehler (RMS über die Ausgaben) = {0}</translation>
    </message>
    <message>
        <source>backward (output first):</source>
        <translation>rückwärts (Ausgabe zuerst):</translation>
    </message>
    <message>
        <source>{0}: error {1}, gradient {2}</source>
        <translation>{0}: Fehler {1}, Gradient {2}</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Nächste Zeile</translation>
    </message>
    <message>
        <source>Train on the next row of the table only, and show every number</source>
        <translation>Nur mit der nächsten Tabellenzeile trainieren und jede Zahl zeigen</translation>
    </message>
    <message>
        <source>The connection whose update is written out below</source>
        <translation>Die Verbindung, deren Aktualisierung unten ausgeschrieben ist</translation>
    </message>
    <message>
        <source>The numbers of the last row stepped</source>
        <translation>Die Zahlen der zuletzt trainierten Zeile</translation>
    </message>
    <message>
        <source>&amp;connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>The network does not fit the table: change the table or the network.</source>
        <translation>Das Netz passt nicht zur Tabelle: Ändern Sie die Tabelle oder das Netz.</translation>
    </message>
    <message>
        <source>Step through shows the article&apos;s update (online backprop, squared error, no decay, table order); this network learns by {0}. Choose the article&apos;s method in the Method group to step through it.</source>
        <translation>Schritte zeigt die Aktualisierung des Artikels (Online-Backprop, quadratischer Fehler, kein Zerfall, Reihenfolge der Tabelle); dieses Netz lernt mit {0}. Wählen Sie in der Gruppe Verfahren das Verfahren des Artikels, um es Schritt für Schritt zu verfolgen.</translation>
    </message>
    <message>
        <source>Could not step this row: {0}</source>
        <translation>Diese Zeile konnte nicht trainiert werden: {0}</translation>
    </message>
    <message>
        <source>next: row {0} of {1}</source>
        <translation>nächste: Zeile {0} von {1}</translation>
    </message>
    <message>
        <source>1 row stepped</source>
        <translation>1 Zeile trainiert</translation>
    </message>
    <message>
        <source>{0} rows stepped</source>
        <translation>{0} Zeilen trainiert</translation>
    </message>
    <message>
        <source>Press “Next row” to train on one row and see every number of the update.
Available while training is paused or stopped.</source>
        <translation>Drücken Sie „Nächste Zeile“, um mit einer Zeile zu trainieren und jede Zahl der Aktualisierung zu sehen.
Verfügbar, solange das Training pausiert oder angehalten ist.</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <source>seeds must be a list of whole numbers, not {0!r}</source>
        <translation>die Startwerte müssen eine Liste ganzer Zahlen sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>each seed must be a whole number from 0 to {0}, not {1!r}</source>
        <translation>jeder Startwert muss eine ganze Zahl von 0 bis {0} sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>a study needs 1 to {0:,} seeds, got {1:,}</source>
        <translation>eine Studie braucht 1 bis {0:,} Startwerte, erhalten: {1:,}</translation>
    </message>
    <message>
        <source>a study needs an epoch limit (max_epochs): some seeds never converge</source>
        <translation>eine Studie braucht eine Epochengrenze (max_epochs): manche Startwerte konvergieren nie</translation>
    </message>
    <message>
        <source>max epochs must be a whole number of 1 or more, not {0!r}</source>
        <translation>die Epochengrenze muss eine ganze Zahl ab 1 sein, nicht {0!r}</translation>
    </message>
    <message>
        <source>a study cannot stop on a plateau; use the error target or all rows correct</source>
        <translation>eine Studie kann nicht bei einem Plateau anhalten; verwenden Sie das Fehlerziel oder alle Zeilen richtig</translation>
    </message>
    <message>
        <source>the stop rule on the test error needs test rows: mark some rows as test rows</source>
        <translation>die Stoppregel für den Testfehler braucht Testzeilen: Markieren Sie einige Zeilen als Testzeilen</translation>
    </message>
    <message>
        <source>1 seed</source>
        <translation>1 Startwert</translation>
    </message>
    <message>
        <source>{0} seeds</source>
        <translation>{0} Startwerte</translation>
    </message>
    <message>
        <source>{0:,} seeds of a network with {1:,} weights would need about {2:.1f} GB of memory; study at most {3} of it</source>
        <translation>{0:,} Startwerte eines Netzes mit {1:,} Gewichten bräuchten etwa {2:.1f} GB Speicher; untersuchen Sie höchstens {3} davon</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>your table ({0} rows)</source>
        <translation>Ihre Tabelle ({0} Zeilen)</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Histogram of the epochs each seed needed to converge</source>
        <translation>Histogramm der Epochen, die jeder Startwert bis zur Konvergenz brauchte</translation>
    </message>
    <message>
        <source>epochs to converge</source>
        <translation>Epochen bis zur Konvergenz</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>Stuck seeds (double-click to watch one in the main window)</source>
        <translation>Hängengebliebene Startwerte (Doppelklick zeigt einen im Hauptfenster)</translation>
    </message>
    <message>
        <source>Stuck seeds</source>
        <translation>Hängengebliebene Startwerte</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>error {0}</source>
        <translation>Fehler {0}</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>error &lt; {0}</source>
        <translation>Fehler &lt; {0}</translation>
    </message>
    <message>
        <source>all rows right by {0}</source>
        <translation>alle Zeilen richtig mit Abstand {0}</translation>
    </message>
    <message>
        <source> · at most {0}</source>
        <translation> · höchstens {0}</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>hidden layers must be whole numbers such as 3 or 4, 2; not {0}</source>
        <translation>verborgene Schichten müssen ganze Zahlen wie 3 oder 4, 2 sein; nicht {0}</translation>
    </message>
    <message>
        <source>each hidden layer needs 1 to 64 neurons</source>
        <translation>jede verborgene Schicht braucht 1 bis 64 Neuronen</translation>
    </message>
    <message>
        <source>Seed {0}: {1} after {2}, {3} of {4} rows right</source>
        <translation>Startwert {0}: {1} nach {2}, {3} von {4} Zeilen richtig</translation>
    </message>
    <message>
        <source>None: every seed converged</source>
        <translation>Keiner: Jeder Startwert ist konvergiert</translation>
    </message>
    <message>
        <source>None so far</source>
        <translation>Bisher keiner</translation>
    </message>
    <message>
        <source>{0} % converged ({1} of {2} seeds)</source>
        <translation>{0} % konvergiert ({1} von {2} Startwerten)</translation>
    </message>
    <message>
        <source>median {0} epochs · p90 {1} epochs</source>
        <translation>Median {0} Epochen · p90 {1} Epochen</translation>
    </message>
    <message>
        <source>no seed converged</source>
        <translation>kein Startwert ist konvergiert</translation>
    </message>
    <message>
        <source>{0} stuck at the limit</source>
        <translation>{0} an der Grenze hängengeblieben</translation>
    </message>
    <message>
        <source>, {0} diverged</source>
        <translation>, {0} divergiert</translation>
    </message>
    <message>
        <source>; cancelled at epoch {0}</source>
        <translation>; bei Epoche {0} abgebrochen</translation>
    </message>
    <message>
        <source>Convergence study</source>
        <translation>Konvergenzstudie</translation>
    </message>
    <message>
        <source>Take from main window</source>
        <translation>Aus dem Hauptfenster übernehmen</translation>
    </message>
    <message>
        <source>Read the main window&apos;s table, network and training settings again</source>
        <translation>Tabelle, Netz und Trainingseinstellungen des Hauptfensters neu lesen</translation>
    </message>
    <message>
        <source>How many initialisations (seeds) to train</source>
        <translation>Wie viele Initialisierungen (Startwerte) trainiert werden</translation>
    </message>
    <message>
        <source>Seeds run from this one upwards</source>
        <translation>Die Startwerte laufen von diesem an aufwärts</translation>
    </message>
    <message>
        <source>A seed that has not converged by then counts as stuck</source>
        <translation>Ein Startwert, der bis dahin nicht konvergiert ist, gilt als hängengeblieben</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Learning rate η of the second configuration</source>
        <translation>Lernrate η der zweiten Konfiguration</translation>
    </message>
    <message>
        <source>e.g. 2 or 4, 2</source>
        <translation>z. B. 2 oder 4, 2</translation>
    </message>
    <message>
        <source>Neurons per hidden layer of the second configuration</source>
        <translation>Neuronen pro verborgener Schicht der zweiten Konfiguration</translation>
    </message>
    <message>
        <source>Hidden layers of the second configuration</source>
        <translation>Verborgene Schichten der zweiten Konfiguration</translation>
    </message>
    <message>
        <source>Run study</source>
        <translation>Studie starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Study progress</source>
        <translation>Fortschritt der Studie</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>First seed</source>
        <translation>Erster Startwert</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>Epochengrenze</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>verborgene Schichten</translation>
    </message>
    <message>
        <source>Training {0} seeds…</source>
        <translation>{0} Startwerte werden trainiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>configuration {0}: </source>
        <translation>Konfiguration {0}: </translation>
    </message>
    <message>
        <source>epoch {0} · {1} of {2} seeds converged · {3} still training</source>
        <translation>Epoche {0} · {1} von {2} Startwerten konvergiert · {3} trainieren noch</translation>
    </message>
    <message>
        <source>Not run: the study was cancelled first</source>
        <translation>Nicht gelaufen: Die Studie wurde vorher abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled in {0} s ({1} network-samples/s)</source>
        <translation>Abgebrochen nach {0} s ({1} Netz-Beispiele/s)</translation>
    </message>
    <message>
        <source>Done in {0} s ({1} network-samples/s)</source>
        <translation>Fertig in {0} s ({1} Netz-Beispiele/s)</translation>
    </message>
    <message>
        <source>Cancelled before any seed was trained</source>
        <translation>Abgebrochen, bevor ein Startwert trainiert wurde</translation>
    </message>
    <message>
        <source>Seed {0} is loaded in the main window: press Train to watch it</source>
        <translation>Startwert {0} ist im Hauptfenster geladen: Drücken Sie Trainieren, um zuzusehen</translation>
    </message>
</context>
<context>
    <name>TableChecks</name>
    <message>
        <source>Rows {0} and {1} have the same inputs but different targets: a network answers the same inputs the same way, so it cannot get both right.</source>
        <translation>Die Zeilen {0} und {1} haben dieselben Eingaben, aber verschiedene Ziele: Ein Netz beantwortet dieselben Eingaben gleich, also kann es nicht beide richtig machen.</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <source> (and {0} more pairs)</source>
        <translation> (und {0} weitere Paare)</translation>
    </message>
    <message>
        <source>Row pairs {0} have the same inputs but different targets: a network answers the same inputs the same way, so it cannot get both right.</source>
        <translation>Die Zeilenpaare {0} haben dieselben Eingaben, aber verschiedene Ziele: Ein Netz beantwortet dieselben Eingaben gleich, also kann es nicht beide richtig machen.</translation>
    </message>
</context>
<context>
    <name>TableDialogs</name>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>One output per line (or separated by ;), for example  &lt;b&gt;Sum = A ^ B&lt;/b&gt;.&lt;br&gt;Operators: &lt;b&gt;~&lt;/b&gt; or &lt;b&gt;not&lt;/b&gt;, &lt;b&gt;&amp;amp;&lt;/b&gt; or &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;^&lt;/b&gt; or &lt;b&gt;xor&lt;/b&gt;, &lt;b&gt;|&lt;/b&gt; or &lt;b&gt;or&lt;/b&gt; (in that order of precedence), parentheses, 0 and 1.&lt;br&gt;&lt;b&gt;?&lt;/b&gt; is a don&apos;t-care: &lt;b&gt;Y = A | (B &amp;amp; ?)&lt;/b&gt; makes Y an &lt;i&gt;x&lt;/i&gt; where A is 0 and B is 1.&lt;br&gt;The inputs are the other names, in order of appearance; the table lists every combination.</source>
        <translation>Eine Ausgabe pro Zeile (oder durch ; getrennt), zum Beispiel  &lt;b&gt;Sum = A ^ B&lt;/b&gt;.&lt;br&gt;Operatoren: &lt;b&gt;~&lt;/b&gt; oder &lt;b&gt;not&lt;/b&gt;, &lt;b&gt;&amp;amp;&lt;/b&gt; oder &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;^&lt;/b&gt; oder &lt;b&gt;xor&lt;/b&gt;, &lt;b&gt;|&lt;/b&gt; oder &lt;b&gt;or&lt;/b&gt; (in dieser Rangfolge), Klammern, 0 und 1.&lt;br&gt;&lt;b&gt;?&lt;/b&gt; heißt beliebig (don&apos;t-care): &lt;b&gt;Y = A | (B &amp;amp; ?)&lt;/b&gt; macht Y zu einem &lt;i&gt;x&lt;/i&gt;, wo A 0 und B 1 ist.&lt;br&gt;Die Eingaben sind die übrigen Namen, in der Reihenfolge ihres Auftretens; die Tabelle listet jede Kombination.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} Zeilen</translation>
    </message>
    <message>
        <source>Inputs: {0}  →  targets: {1}  ·  {2}</source>
        <translation>Eingaben: {0}  →  Ziele: {1}  ·  {2}</translation>
    </message>
    <message>
        <source>, 1 don&apos;t-care (x)</source>
        <translation>, 1 beliebiger Wert (x)</translation>
    </message>
    <message>
        <source>, {0} don&apos;t-cares (x)</source>
        <translation>, {0} beliebige Werte (x)</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>{0} columns</source>
        <translation>{0} Spalten</translation>
    </message>
    <message>
        <source>{0} and {1}, separated by {2}. Tick the columns the network should learn to answer (the targets):</source>
        <translation>{0} und {1}, getrennt durch {2}. Haken Sie die Spalten an, die das Netz beantworten lernen soll (die Ziele):</translation>
    </message>
    <message>
        <source>Target columns</source>
        <translation>Zielspalten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Table from expressions</source>
        <translation>Tabelle aus Ausdrücken</translation>
    </message>
    <message>
        <source>Expressions</source>
        <translation>Ausdrücke</translation>
    </message>
    <message>
        <source>Make table</source>
        <translation>Tabelle erzeugen</translation>
    </message>
    <message>
        <source>Type one output per line, such as  Y = A &amp; B</source>
        <translation>Eine Ausgabe pro Zeile eingeben, etwa  Y = A &amp; B</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Your own table</source>
        <translation>Eigene Tabelle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Replace the table with a ready-made truth table</source>
        <translation>Die Tabelle durch eine fertige Wahrheitstabelle ersetzen</translation>
    </message>
    <message>
        <source>Training table</source>
        <translation>Trainingstabelle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Add a row of zeros below the current row</source>
        <translation>Eine Zeile mit Nullen unter der aktuellen Zeile einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Add a copy of the current row below it</source>
        <translation>Eine Kopie der aktuellen Zeile darunter einfügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <source>+ Input</source>
        <translation>+ Eingabe</translation>
    </message>
    <message>
        <source>Add an input column (the network gets one more input neuron)</source>
        <translation>Eine Eingabespalte hinzufügen (das Netz bekommt ein Eingabeneuron mehr)</translation>
    </message>
    <message>
        <source>+ Target</source>
        <translation>+ Ziel</translation>
    </message>
    <message>
        <source>Add a target column (the network gets one more output neuron)</source>
        <translation>Eine Zielspalte hinzufügen (das Netz bekommt ein Ausgabeneuron mehr)</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Die aktuelle Spalte entfernen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Add input column</source>
        <translation>Eingabespalte hinzufügen</translation>
    </message>
    <message>
        <source>Add target column</source>
        <translation>Zielspalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>Inputs are shown to the network; targets are what it should answer</source>
        <translation>Eingaben bekommt das Netz gezeigt; Ziele soll es antworten</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>1 target value is outside {1} (amber): a {2} output can never reach it, so the error cannot reach zero.</source>
        <translation>1 Zielwert liegt außerhalb von {1} (gelb): Eine {2}-Ausgabe kann ihn nie erreichen, der Fehler kann also nicht null werden.</translation>
    </message>
    <message>
        <source>{0} target values are outside {1} (amber): a {2} output can never reach them, so the error cannot reach zero.</source>
        <translation>{0} Zielwerte liegen außerhalb von {1} (gelb): Eine {2}-Ausgabe kann sie nie erreichen, der Fehler kann also nicht null werden.</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate row {0}</source>
        <translation>Zeile {0} kopieren</translation>
    </message>
    <message>
        <source>Select the rows to remove first</source>
        <translation>Wählen Sie zuerst die zu entfernenden Zeilen aus</translation>
    </message>
    <message>
        <source>Remove 1 row</source>
        <translation>1 Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove {0} rows</source>
        <translation>{0} Zeilen entfernen</translation>
    </message>
    <message>
        <source>Add input column {0}</source>
        <translation>Eingabespalte {0} hinzufügen</translation>
    </message>
    <message>
        <source>Add target column {0}</source>
        <translation>Zielspalte {0} hinzufügen</translation>
    </message>
    <message>
        <source>Remove column {0}</source>
        <translation>Spalte {0} entfernen</translation>
    </message>
    <message>
        <source>Nothing pasted. {0}</source>
        <translation>Nichts eingefügt. {0}</translation>
    </message>
    <message>
        <source>Paste {0} × {1} cells</source>
        <translation>{0} × {1} Zellen einfügen</translation>
    </message>
    <message>
        <source>Clear 1 cell</source>
        <translation>1 Zelle leeren</translation>
    </message>
    <message>
        <source>Clear {0} cells</source>
        <translation>{0} Zellen leeren</translation>
    </message>
    <message>
        <source>Rename column {0}…</source>
        <translation>Spalte {0} umbenennen…</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Clear to 0</source>
        <translation>Auf 0 setzen</translation>
    </message>
    <message>
        <source>Load preset {0}</source>
        <translation>Vorlage {0} laden</translation>
    </message>
    <message>
        <source> (it is the only one of its kind)</source>
        <translation> (sie ist die einzige ihrer Art)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <source>Replace the table</source>
        <translation>Die Tabelle ersetzen</translation>
    </message>
    <message>
        <source>Set {0} in row {1} to {2}</source>
        <translation>{0} in Zeile {1} auf {2} setzen</translation>
    </message>
    <message>
        <source>Input: a value shown to the network</source>
        <translation>Eingabe: ein Wert, den das Netz gezeigt bekommt</translation>
    </message>
    <message>
        <source>Target: the output the network should learn</source>
        <translation>Ziel: die Ausgabe, die das Netz lernen soll</translation>
    </message>
    <message>
        <source>Double-click to rename; right-click for more</source>
        <translation>Doppelklick zum Umbenennen; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>{0} test</source>
        <translation>{0} Test</translation>
    </message>
    <message>
        <source>Row {0} is a test row: held out, never trained on; its error is the test error. Right-click to train on it again.</source>
        <translation>Zeile {0} ist eine Testzeile: zurückgehalten, nie trainiert; ihr Fehler ist der Testfehler. Rechtsklick, um wieder mit ihr zu trainieren.</translation>
    </message>
    <message>
        <source>Row {0}: right-click to hold it out as a test row</source>
        <translation>Zeile {0}: Rechtsklick, um sie als Testzeile zurückzuhalten</translation>
    </message>
    <message>
        <source>Rename column {0} to {1}</source>
        <translation>Spalte {0} in {1} umbenennen</translation>
    </message>
    <message>
        <source>Row {0}, target {1}: x, a don&apos;t-care
No error is sent back from this output for this row, and the truth check skips it</source>
        <translation>Zeile {0}, Ziel {1}: x, beliebig
Von dieser Ausgabe wird für diese Zeile kein Fehler zurückgesandt, und die Wahrheitsprüfung überspringt sie</translation>
    </message>
    <message>
        <source>Row {0}, input {1} = {2}</source>
        <translation>Zeile {0}, Eingabe {1} = {2}</translation>
    </message>
    <message>
        <source>Row {0}, target {1} = {2}</source>
        <translation>Zeile {0}, Ziel {1} = {2}</translation>
    </message>
    <message>
        <source>Outside {0}..{1}: a {2} output can never reach it, so the error cannot go to zero</source>
        <translation>Außerhalb von {0}..{1}: Eine {2}-Ausgabe kann ihn nie erreichen, der Fehler kann also nicht null werden</translation>
    </message>
    <message>
        <source>Edit the table</source>
        <translation>Die Tabelle bearbeiten</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>„{0}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Values must be finite numbers</source>
        <translation>Werte müssen endliche Zahlen sein</translation>
    </message>
</context>
<context>
    <name>TestRows</name>
    <message>
        <source>test row {0} is not a row of the table (rows 1 to {1})</source>
        <translation>Testzeile {0} ist keine Zeile der Tabelle (Zeilen 1 bis {1})</translation>
    </message>
    <message>
        <source>every row of the table is a test row: leave at least one of the {0} rows to train on</source>
        <translation>jede Zeile der Tabelle ist eine Testzeile: Lassen Sie mindestens eine der {0} Zeilen zum Trainieren übrig</translation>
    </message>
    <message>
        <source>give the test rows as row numbers from 1, such as 3,7</source>
        <translation>geben Sie die Testzeilen als Zeilennummern ab 1 an, etwa 3,7</translation>
    </message>
    <message>
        <source>{0!r} is not a row number: give row numbers from 1, such as 3,7</source>
        <translation>{0!r} ist keine Zeilennummer: Geben Sie Zeilennummern ab 1 an, etwa 3,7</translation>
    </message>
</context>
<context>
    <name>TopologyEditor</name>
    <message>
        <source>sigmoid: 1 / (1 + e^-x), outputs between 0 and 1 (the article&apos;s choice)</source>
        <translation>sigmoid: 1 / (1 + e^-x), Ausgaben zwischen 0 und 1 (die Wahl des Artikels)</translation>
    </message>
    <message>
        <source>tanh: outputs between -1 and 1</source>
        <translation>tanh: Ausgaben zwischen -1 und 1</translation>
    </message>
    <message>
        <source>relu: max(0, x), outputs 0 or more</source>
        <translation>relu: max(0, x), Ausgaben 0 oder mehr</translation>
    </message>
    <message>
        <source>linear: passes x through unchanged</source>
        <translation>linear: gibt x unverändert weiter</translation>
    </message>
    <message>
        <source>Activation function of the {0}</source>
        <translation>Aktivierungsfunktion der {0}</translation>
    </message>
    <message>
        <source>Input layer</source>
        <translation>Eingabeschicht</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>One input neuron per input column of the training table</source>
        <translation>Ein Eingabeneuron pro Eingabespalte der Trainingstabelle</translation>
    </message>
    <message>
        <source>One output neuron per target column of the training table</source>
        <translation>Ein Ausgabeneuron pro Zielspalte der Trainingstabelle</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>Activation of the output layer</source>
        <translation>Aktivierung der Ausgabeschicht</translation>
    </message>
    <message>
        <source>+ Add hidden layer</source>
        <translation>+ Verborgene Schicht</translation>
    </message>
    <message>
        <source>Add a hidden layer before the output layer</source>
        <translation>Eine verborgene Schicht vor der Ausgabeschicht hinzufügen</translation>
    </message>
    <message>
        <source>Neurons per layer, and how many weights (biases included) will be trained</source>
        <translation>Neuronen pro Schicht und wie viele Gewichte (Bias eingeschlossen) trainiert werden</translation>
    </message>
    <message>
        <source>Neurons in this hidden layer</source>
        <translation>Neuronen in dieser verborgenen Schicht</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation>verborgenen Schicht</translation>
    </message>
    <message>
        <source>Remove this hidden layer</source>
        <translation>Diese verborgene Schicht entfernen</translation>
    </message>
    <message>
        <source>Hidden layer {0}</source>
        <translation>Verborgene Schicht {0}</translation>
    </message>
    <message>
        <source>Activation function of hidden layer {0}</source>
        <translation>Aktivierungsfunktion der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <source>Neurons in hidden layer {0}</source>
        <translation>Neuronen in verborgener Schicht {0}</translation>
    </message>
    <message>
        <source>Activation of hidden layer {0}</source>
        <translation>Aktivierung der verborgenen Schicht {0}</translation>
    </message>
    <message>
        <source>Remove hidden layer {0}</source>
        <translation>Verborgene Schicht {0} entfernen</translation>
    </message>
    <message>
        <source>1 weight</source>
        <translation>1 Gewicht</translation>
    </message>
    <message>
        <source>{0} weights</source>
        <translation>{0} Gewichte</translation>
    </message>
    <message>
        <source>1 neuron</source>
        <translation>1 Neuron</translation>
    </message>
    <message>
        <source>{0} neurons</source>
        <translation>{0} Neuronen</translation>
    </message>
    <message>
        <source> neuron</source>
        <translation> Neuron</translation>
    </message>
    <message>
        <source> neurons</source>
        <translation> Neuronen</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>{0} must be a finite number of 0 or more, not {1!r}</source>
        <translation>{0} muss eine endliche Zahl ab 0 sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>{0} must be a whole number of 1 or more, not {1!r}</source>
        <translation>{0} muss eine ganze Zahl ab 1 sein, nicht {1!r}</translation>
    </message>
    <message>
        <source>Linear and relu layers have no upper bound, so large steps feed on themselves: try a smaller learning rate η (for example 0.01), a momentum α below 1, or sigmoid/tanh layers.</source>
        <translation>Linear- und Relu-Schichten haben keine obere Grenze, sodass sich große Schritte selbst verstärken: Versuchen Sie eine kleinere Lernrate η (zum Beispiel 0.01), ein Momentum α unter 1 oder sigmoid/tanh-Schichten.</translation>
    </message>
    <message>
        <source>{0} layers have no upper bound, so large steps feed on themselves: try a smaller learning rate η (for example 0.01), a momentum α below 1, or sigmoid/tanh layers.</source>
        <translation>{0}-Schichten haben keine obere Grenze, sodass sich große Schritte selbst verstärken: Versuchen Sie eine kleinere Lernrate η (zum Beispiel 0.01), ein Momentum α unter 1 oder sigmoid/tanh-Schichten.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate η or a momentum α below 1.</source>
        <translation>Versuchen Sie eine kleinere Lernrate η oder ein Momentum α unter 1.</translation>
    </message>
    <message>
        <source>error {0}</source>
        <translation>Fehler {0}</translation>
    </message>
    <message>
        <source>no error yet</source>
        <translation>noch kein Fehler</translation>
    </message>
    <message>
        <source>Converged at epoch {0}: {1}</source>
        <translation>Konvergiert bei Epoche {0}: {1}</translation>
    </message>
    <message>
        <source>All rows correct at epoch {0}: {1}</source>
        <translation>Alle Zeilen richtig bei Epoche {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped at the limit of {0}: {1}</source>
        <translation>An der Grenze von {0} angehalten: {1}</translation>
    </message>
    <message>
        <source>Its neurons are saturated: try a smaller learning rate η or other initial weights (seed).</source>
        <translation>Seine Neuronen sind gesättigt: Versuchen Sie eine kleinere Lernrate η oder andere Anfangsgewichte (Startwert).</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}: the network stopped changing ({1}), so more epochs cannot help. {2}</source>
        <translation>Bei Epoche {0} angehalten: Das Netz hat sich nicht mehr verändert ({1}), also helfen weitere Epochen nicht. {2}</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}: the error stopped improving ({1})</source>
        <translation>Bei Epoche {0} angehalten: Der Fehler wurde nicht mehr kleiner ({1})</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}: the test error had not improved for {1} epochs, so the weights of epoch {2} are back: {3}</source>
        <translation>Bei Epoche {0} angehalten: Der Testfehler war seit {1} Epochen nicht besser geworden, also sind die Gewichte von Epoche {2} zurück: {3}</translation>
    </message>
    <message>
        <source>Training diverged at epoch {0}: the numbers grew out of range. {1}</source>
        <translation>Das Training ist bei Epoche {0} divergiert: Die Zahlen sind über alle Grenzen gewachsen. {1}</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}: {1}</source>
        <translation>Bei Epoche {0} angehalten: {1}</translation>
    </message>
    <message>
        <source>this stop rule can never end training: no max_epochs, and no error_below above 0, all_correct_margin or plateau_epochs that could hold; give it max_epochs</source>
        <translation>diese Stoppregel kann das Training nie beenden: kein max_epochs und kein error_below über 0, all_correct_margin oder plateau_epochs, das greifen könnte; geben Sie ihr max_epochs</translation>
    </message>
    <message>
        <source>; test error {0}</source>
        <translation>; Testfehler {0}</translation>
    </message>
    <message>
        <source>the stop rule on the test error needs test rows: mark some rows as test rows</source>
        <translation>die Stoppregel für den Testfehler braucht Testzeilen: Markieren Sie einige Zeilen als Testzeilen</translation>
    </message>
</context>
<context>
    <name>TrainingDisplay</name>
    <message>
        <source>epoch {0}</source>
        <translation>Epoche {0}</translation>
    </message>
    <message>
        <source>error {0}</source>
        <translation>Fehler {0}</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} Epochen/s</translation>
    </message>
</context>
<context>
    <name>TruthCheck</name>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>raw output</source>
        <translation>Rohausgabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>{0} of 1 row correct</source>
        <translation>{0} von 1 Zeile richtig</translation>
    </message>
    <message>
        <source>{0} of {1} rows correct</source>
        <translation>{0} von {1} Zeilen richtig</translation>
    </message>
    <message>
        <source> ({0} with margin {1})</source>
        <translation> ({0} mit Abstand {1})</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>{0} test</source>
        <translation>{0} Test</translation>
    </message>
    <message>
        <source>Truth check</source>
        <translation>Wahrheitsprüfung</translation>
    </message>
    <message>
        <source>Training: {0}. Test: {1}</source>
        <translation>Training: {0}. Test: {1}</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>need one output per row: {0} rows, {1} outputs</source>
        <translation>eine Ausgabe je Zeile nötig: {0} Zeilen, {1} Ausgaben</translation>
    </message>
    <message>
        <source>A cell cannot be empty: type a number</source>
        <translation>Eine Zelle darf nicht leer sein: Geben Sie eine Zahl ein</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>Values must be finite numbers</source>
        <translation>Werte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>A column name must be text</source>
        <translation>Ein Spaltenname muss Text sein</translation>
    </message>
    <message>
        <source>A column name cannot be empty</source>
        <translation>Ein Spaltenname darf nicht leer sein</translation>
    </message>
    <message>
        <source>A column name must fit on one line</source>
        <translation>Ein Spaltenname muss in eine Zeile passen</translation>
    </message>
    <message>
        <source>A column name cannot hold control characters or broken text (check the file&apos;s encoding)</source>
        <translation>Ein Spaltenname darf keine Steuerzeichen oder beschädigten Text enthalten (prüfen Sie die Kodierung der Datei)</translation>
    </message>
    <message>
        <source>A column name can have at most {0} characters</source>
        <translation>Ein Spaltenname darf höchstens {0} Zeichen haben</translation>
    </message>
    <message>
        <source>The clipboard holds no numbers to paste</source>
        <translation>Die Zwischenablage enthält keine Zahlen zum Einfügen</translation>
    </message>
    <message>
        <source>Line {0} has {1} cells but line 1 has {2}: paste a rectangular block</source>
        <translation>Zeile {0} hat {1} Zellen, aber Zeile 1 hat {2}: Fügen Sie einen rechteckigen Block ein</translation>
    </message>
    <message>
        <source>Line {0}, cell {1}: {2}</source>
        <translation>Zeile {0}, Zelle {1}: {2}</translation>
    </message>
    <message>
        <source>A table needs at least one input column</source>
        <translation>Eine Tabelle braucht mindestens eine Eingabespalte</translation>
    </message>
    <message>
        <source>A table needs at least one target column</source>
        <translation>Eine Tabelle braucht mindestens eine Zielspalte</translation>
    </message>
    <message>
        <source>Two columns are named &apos;{0}&apos;: column names must be different</source>
        <translation>Zwei Spalten heißen &apos;{0}&apos;: Spaltennamen müssen verschieden sein</translation>
    </message>
    <message>
        <source>A table needs at least one row</source>
        <translation>Eine Tabelle braucht mindestens eine Zeile</translation>
    </message>
    <message>
        <source>Row {0} has {1}; expected {2} ({3} + {4})</source>
        <translation>Zeile {0} hat {1}; erwartet {2} ({3} + {4})</translation>
    </message>
    <message>
        <source>Row {0}, column {1}: values must be finite numbers</source>
        <translation>Zeile {0}, Spalte {1}: Werte müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>row index {0} out of range 0..{1}</source>
        <translation>Zeilenindex {0} außerhalb des Bereichs 0..{1}</translation>
    </message>
    <message>
        <source>row index out of range</source>
        <translation>Zeilenindex außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>A table needs at least one row: the last row cannot be removed</source>
        <translation>Eine Tabelle braucht mindestens eine Zeile: Die letzte Zeile kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Values must be finite numbers (or x for a don&apos;t-care target)</source>
        <translation>Werte müssen endliche Zahlen sein (oder x für ein beliebiges Ziel)</translation>
    </message>
    <message>
        <source>The pasted block has {0} but only 1 fits from column {1} on</source>
        <translation>Der eingefügte Block hat {0}, aber ab Spalte {1} passt nur 1</translation>
    </message>
    <message>
        <source>The pasted block has {0} but only {1} fit from column {2} on</source>
        <translation>Der eingefügte Block hat {0}, aber ab Spalte {2} passen nur {1}</translation>
    </message>
    <message>
        <source>Another column is already named &apos;{0}&apos;</source>
        <translation>Eine andere Spalte heißt bereits &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>column index {0} out of range</source>
        <translation>Spaltenindex {0} außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>The table needs at least one input column: add another input column before removing this one</source>
        <translation>Die Tabelle braucht mindestens eine Eingabespalte: Fügen Sie eine weitere Eingabespalte hinzu, bevor Sie diese entfernen</translation>
    </message>
    <message>
        <source>The table needs at least one target column: add another target column before removing this one</source>
        <translation>Die Tabelle braucht mindestens eine Zielspalte: Fügen Sie eine weitere Zielspalte hinzu, bevor Sie diese entfernen</translation>
    </message>
    <message>
        <source>The table has {0:,} columns; nndesk works with at most {1:,}</source>
        <translation>Die Tabelle hat {0:,} Spalten; nndesk arbeitet mit höchstens {1:,}</translation>
    </message>
    <message>
        <source>The table has {0:,} rows; nndesk works with at most {1:,}</source>
        <translation>Die Tabelle hat {0:,} Zeilen; nndesk arbeitet mit höchstens {1:,}</translation>
    </message>
    <message>
        <source>The table has {0:,} rows of {1:,} columns, {2:,} values; nndesk works with at most {3:,}</source>
        <translation>Die Tabelle hat {0:,} Zeilen zu {1:,} Spalten, {2:,} Werte; nndesk arbeitet mit höchstens {3:,}</translation>
    </message>
    <message>
        <source>{0} is not a number</source>
        <translation>{0} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <source>ViewBox options</source>
        <translation>Ansichtsoptionen</translation>
    </message>
    <message>
        <source>View All</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Mausmodus</translation>
    </message>
    <message>
        <source>3 button</source>
        <translation>3 Tasten</translation>
    </message>
    <message>
        <source>1 button</source>
        <translation>1 Taste</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>Achse</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>Weights of every layer</source>
        <translation>Gewichte jeder Schicht</translation>
    </message>
    <message>
        <source>Hinton diagram: ■ filled = positive, □ hollow = negative; area = size of the weight</source>
        <translation>Hinton-Diagramm: ■ gefüllt = positiv, □ hohl = negativ; Fläche = Größe des Gewichts</translation>
    </message>
    <message>
        <source>Weights from {0} to {1}</source>
        <translation>Gewichte von {0} zu {1}</translation>
    </message>
    <message>
        <source>Hinton diagram of the weights from {0} to {1}</source>
        <translation>Hinton-Diagramm der Gewichte von {0} zu {1}</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Put the docks back on the right and share the window&apos;s width again</source>
        <translation>Die Docks wieder rechts anordnen und die Fensterbreite neu aufteilen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>the window is larger than the screen</source>
        <translation>das Fenster ist größer als der Bildschirm</translation>
    </message>
    <message>
        <source>the {0} dock is {1} px wide</source>
        <translation>das Dock {0} ist {1} px breit</translation>
    </message>
    <message>
        <source>the plot is {0} px wide</source>
        <translation>das Diagramm ist {0} px breit</translation>
    </message>
    <message>
        <source>The remembered layout was repaired: {0}</source>
        <translation>Das gespeicherte Layout wurde repariert: {0}</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The study could not run: {error}</source>
        <translation>Die Studie konnte nicht laufen: {error}</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>Das Training ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>The work failed: {error}</source>
        <translation>Die Arbeit ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>bias {0}</source>
        <translation>Bias {0}</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>Ausgabe {0}</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>verborgen {0}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} Zeilen</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
    </message>
    <message>
        <source>a worksheet is for small networks and tables: at most {0} neurons a layer and {1} rows (this is {2} with {3})</source>
        <translation>ein Arbeitsblatt ist für kleine Netze und Tabellen: höchstens {0} Neuronen pro Schicht und {1} Zeilen (dieses ist {2} mit {3})</translation>
    </message>
    <message>
        <source>the table has no rows to work on</source>
        <translation>die Tabelle hat keine Zeilen zum Rechnen</translation>
    </message>
    <message>
        <source>there is no row {0}: the table has {1} (rows count from 1)</source>
        <translation>es gibt keine Zeile {0}: die Tabelle hat {1} (Zeilen zählen ab 1)</translation>
    </message>
    <message>
        <source>Network {0} ({1}), learning rate η = {2}, momentum α = {3}, after {4} of training (seed {5}).</source>
        <translation>Netz {0} ({1}), Lernrate η = {2}, Momentum α = {3}, nach {4} Training (Startwert {5}).</translation>
    </message>
    <message>
        <source>Weights into {0} (a row each) from {1}</source>
        <translation>Gewichte in {0} (je eine Zeile) von {1}</translation>
    </message>
    <message>
        <source>A. Forward pass</source>
        <translation>A. Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Row {0} of the table: {1}.</source>
        <translation>Zeile {0} der Tabelle: {1}.</translation>
    </message>
    <message>
        <source>Use the weights in the table above. For each neuron, layer by layer, the sum of its inputs times their weights (the bias neuron&apos;s output is 1), then its output.</source>
        <translation>Verwenden Sie die Gewichte aus der Tabelle oben. Für jedes Neuron, Schicht für Schicht: die Summe seiner Eingaben mal ihre Gewichte (die Ausgabe des Bias-Neurons ist 1), dann seine Ausgabe.</translation>
    </message>
    <message>
        <source>{0}: sum s = Σ w·x (the bias weight · 1 included)</source>
        <translation>{0}: Summe s = Σ w·x (das Bias-Gewicht · 1 eingeschlossen)</translation>
    </message>
    <message>
        <source>{0}: output o = {1}(s) = {2}</source>
        <translation>{0}: Ausgabe o = {1}(s) = {2}</translation>
    </message>
    <message>
        <source>B. One update (backpropagation)</source>
        <translation>B. Eine Aktualisierung (Backpropagation)</translation>
    </message>
    <message>
        <source>The same row, target {0}: one update as the article makes it, with η = {1} and α = {2}.</source>
        <translation>Dieselbe Zeile, Ziel {0}: eine Aktualisierung, wie der Artikel sie macht, mit η = {1} und α = {2}.</translation>
    </message>
    <message>
        <source>Δw = η · g · (output below) + α · Δw_prev, then w ← w + Δw; the error sent back to a neuron below goes through the NEW weights. Δw_prev is given for each weight.</source>
        <translation>Δw = η · g · (Ausgabe darunter) + α · Δw_vorher, dann w ← w + Δw; der an ein Neuron darunter zurückgegebene Fehler geht über die NEUEN Gewichte. Δw_vorher ist für jedes Gewicht angegeben.</translation>
    </message>
    <message>
        <source>{0}: error e = target − o</source>
        <translation>{0}: Fehler e = Ziel − o</translation>
    </message>
    <message>
        <source> (a don&apos;t-care sends no error)</source>
        <translation> (x heißt beliebig: kein Fehler wird zurückgegeben)</translation>
    </message>
    <message>
        <source>{0}: gradient g = e · f′(o), f′(o) = {1}</source>
        <translation>{0}: Gradient g = e · f′(o), f′(o) = {1}</translation>
    </message>
    <message>
        <source>{0}: error sent back = Σ (new w · g) over the neurons above</source>
        <translation>{0}: zurückgegebener Fehler = Σ (neues w · g) über die Neuronen darüber</translation>
    </message>
    <message>
        <source>weight {0} → {1} (w = {2}, Δw_prev = {3}): Δw</source>
        <translation>Gewicht {0} → {1} (w = {2}, Δw_vorher = {3}): Δw</translation>
    </message>
    <message>
        <source>weight {0} → {1}: new w</source>
        <translation>Gewicht {0} → {1}: neues w</translation>
    </message>
    <message>
        <source>1 if o &gt; 0, else 0</source>
        <translation>1 wenn o &gt; 0, sonst 0</translation>
    </message>
    <message>
        <source>Worksheet: {0}</source>
        <translation>Arbeitsblatt: {0}</translation>
    </message>
    <message>
        <source>nndesk worksheet: {0}</source>
        <translation>nndesk-Arbeitsblatt: {0}</translation>
    </message>
    <message>
        <source>Name: ____________________________    Date: ______________</source>
        <translation>Name: ____________________________    Datum: ______________</translation>
    </message>
    <message>
        <source>Weights (to 3 decimals)</source>
        <translation>Gewichte (auf 3 Nachkommastellen)</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Wahrheitstabelle</translation>
    </message>
    <message>
        <source>into \ from</source>
        <translation>in \ von</translation>
    </message>
    <message>
        <source>Answers: {0}</source>
        <translation>Lösungen: {0}</translation>
    </message>
    <message>
        <source>Computed from the weights as printed (3 decimals), with the article&apos;s arithmetic. Answers below 0.01 are given to 4 significant digits.</source>
        <translation>Berechnet aus den gedruckten Gewichten (3 Nachkommastellen) mit der Arithmetik des Artikels. Lösungen unter 0.01 sind auf 4 signifikante Stellen angegeben.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (Vorgabe: %(default)s)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: Warnung: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente werden benötigt: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s wird benötigt</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>erwartet %s Argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>erwartet %s Argumente</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht erlaubt zusammen mit Argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; kann nicht geöffnet werden: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>Argument &quot;-&quot; mit Modus %r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Unterbefehl %(parser_name)r (Auswahl: %(choices)s)</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>Befehl &apos;%(parser_name)s&apos; ist veraltet</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>Option &apos;%(option)s&apos; ist veraltet</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>Argument &apos;%(argument_name)s&apos; ist veraltet</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>Option mehrfach vergeben: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>Optionen mehrfach vergeben: %s</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>Unterbefehl mehrfach vergeben: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>Alias eines Unterbefehls mehrfach vergeben: %s</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>es kann nur ein Argument für Unterbefehle geben</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() ist nicht definiert</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>&apos;required&apos; ist kein gültiges Argument für Positionsargumente</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>sich gegenseitig ausschließende Argumente müssen optional sein</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r ist nicht aufrufbar</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>Aktionen können nicht zusammengeführt werden: Zwei Gruppen heißen %r</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>ungültige Option %(option)r: muss mit einem Zeichen aus %(prefix_chars)r beginnen</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= wird für Optionen wie %r benötigt</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>ungültiger Wert für conflict_resolution: %r</translation>
    </message>
</context>
</TS>
