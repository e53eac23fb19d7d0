<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>CommandLine</name>
    <message>
        <source>{0}: {1} (see: {0} --help)</source>
        <translation>{0}: {1} (siehe: {0} --help)</translation>
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
        <source>{0} of {1} rows correct</source>
        <translation>{0} von {1} Zeilen richtig</translation>
    </message>
    <message>
        <source>--target must be an error above 0, such as 0.01</source>
        <translation>--target muss ein Fehler über 0 sein, etwa 0.01</translation>
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
        <source>Truth check: {0}</source>
        <translation>Wahrheitsprüfung: {0}</translation>
    </message>
    <message>
        <source> (the training rows)</source>
        <translation> (die Trainingszeilen)</translation>
    </message>
    <message>
        <source>  (test row)</source>
        <translation>  (Testzeile)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
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
</context>
<context>
    <name>Document</name>
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
        <source>Network {0}: weights re-initialised</source>
        <translation>Netz {0}: Gewichte neu gesetzt</translation>
    </message>
    <message>
        <source>Seed {0}: weights re-initialised</source>
        <translation>Startwert {0}: Gewichte neu gesetzt</translation>
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
        <source>{0} epochs</source>
        <translation>{0} Epochen</translation>
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
        <source>Truth check</source>
        <translation>Wahrheitsprüfung</translation>
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
</TS>
