"""The built-in lessons' titles, steps and hints, marked for translation (context ``LessonTexts``).

Written by tools/make_lessons.py from the lessons it writes: do not edit by hand. The lesson files keep the
English, which nndesk.lesson_words translates for display only.
"""

from __future__ import annotations

from nndesk.i18n import QT_TRANSLATE_NOOP

MARKED = (
    QT_TRANSLATE_NOOP("LessonTexts", 'One neuron learns AND and OR'),
    QT_TRANSLATE_NOOP("LessonTexts", 'A single neuron adds up its weighted inputs and squashes the sum. Can it '
                      'learn **AND**?\n\nThis network has a hidden layer. Remove it (the **−** '
                      'button under *Network*) so that the output neuron alone sees A and B.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Press **Train**. Watch the error fall below the target.\n\nFlip A and B under '
                      '*Try it*: is the answer AND?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Think: which weights make a neuron compute AND? Try the **OR** preset too: '
                      'what changes?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The Network box: press − beside the hidden layer until none is left.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'AND is true only when both inputs are 1: the bias weight must hold the sum '
                      'below 0.5 for one input alone.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'One neuron cannot learn XOR'),
    QT_TRANSLATE_NOOP("LessonTexts", 'XOR is 1 when A and B differ. This network, with a hidden layer, learns it. '
                      'Press **Train** to see.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Now remove the hidden layer and press **Reset**, then **Train**. What '
                      'happens to the error?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'A single neuron draws one straight line through the input square. Look at '
                      'the *Decision map*: can one line put (0,1) and (1,0) on one side and (0,0) '
                      'and (1,1) on the other?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The goal is met when a network with no hidden layer has tried and failed.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'No choice of η or α helps: the table is not linearly separable.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'A hidden layer fixes XOR'),
    QT_TRANSLATE_NOOP("LessonTexts", 'One neuron cannot learn XOR. Add a **hidden layer** (the **+** button under '
                      '*Network*).'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Try 2 or 3 hidden neurons, press **Train**, and check every row under *Try '
                      'it*.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'With two hidden neurons, each draws one line; the output neuron combines '
                      'them.'),
    QT_TRANSLATE_NOOP("LessonTexts", "Press + under Network, then set the layer's size to 2 or 3."),
    QT_TRANSLATE_NOOP("LessonTexts", 'Hidden neurons become gates'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The half adder computes Sum = A XOR B and Carry = A AND B. Press **Train**.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Open **View ▸ Network**: each hidden neuron is named after the gate it '
                      'learned (AND, NOR, ...).'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The goal asks for a hidden neuron that computes **AND** exactly. This seed '
                      'did not give one. Change the **seed** and train again until one does.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Why does Carry need an AND neuron less than you might think? Look at the '
                      'other gates.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Seeds 3 and 4 give an AND neuron.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The learning rate η: too small, too large, diverging'),
    QT_TRANSLATE_NOOP("LessonTexts", 'η says how far each weight moves per row. With η = 0.05 this XOR network '
                      'learns slowly. Press **Train**: it stops at the epoch limit.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Raise η to 1 and train again (press **Reset** first). How many epochs now?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Try η = 50. The error jumps about or the network **diverges**: the weights '
                      'grow without end.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Find an η that converges within 15,000 epochs.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'η = 1 converges in about 13,000 epochs.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Momentum α'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Momentum adds a share α of the last weight change to the next one, like a '
                      'rolling ball.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'With α = 0 this network needs far more than 30,000 epochs. Press **Train** '
                      'to see.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Set α to 0.9, **Reset** and train again. Compare the error curves.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'What happens with α = 1 or more?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'α between 0.5 and 0.95; 0.9 converges in about 26,000 epochs.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Seeds and stuck networks'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The seed draws the initial weights: the same seed always gives the same run.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'This XOR network with 2 hidden neurons and seed 8 gets **stuck**: press '
                      '**Train** and watch the error stop falling.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Open **Training ▸ Convergence Study…** and train many seeds at once: how '
                      'many get stuck?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Pick a seed that learns, **Reset** and train it.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Most seeds work: try seed 1.'),
    QT_TRANSLATE_NOOP("LessonTexts", "Don't-cares and the 7-segment decoder"),
    QT_TRANSLATE_NOOP("LessonTexts", 'The decoder lights segments a to g for the digits 0 to 9. Rows 11 to 16 (10 '
                      'to 15) are no digit, but here they ask for all segments off.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Press **Train**: 6 hidden neurons cannot manage it in 5,000 epochs.'),
    QT_TRANSLATE_NOOP("LessonTexts", "Those rows do not matter. Type **x** in their target cells: a *don't-care* "
                      'sends no error back.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Train again. Why is the task easier now?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Select the target cells of rows 11 to 16 and type x.'),
    QT_TRANSLATE_NOOP("LessonTexts", "The article's demo, to the epoch"),
    QT_TRANSLATE_NOOP("LessonTexts", 'The article trains a 2-3-2 half adder with η = 0.09 and α = 0.015 from seed '
                      '1, until the error is below 0.01.'),
    QT_TRANSLATE_NOOP("LessonTexts", "Set those numbers and press **Train**. nndesk does the article's arithmetic "
                      "exactly: it converges at epoch **1,584,808**, as the article's code does."),
    QT_TRANSLATE_NOOP("LessonTexts", 'Why does the same seed give the same run on every computer?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'η 0.09, α 0.015: it takes a few seconds.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Online against batch learning'),
    QT_TRANSLATE_NOOP("LessonTexts", 'The article updates the weights after every row: **online** learning.'),
    QT_TRANSLATE_NOOP("LessonTexts", '**Batch** learning adds up the changes of all rows and updates once per '
                      'epoch. In the **Method** group, set Batch to **whole table**, then train '
                      '(or on the command line: `nndesk train mine.nndesk --batch all --eta 4 '
                      '--out mine.nndesk`).'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Batch steps are fewer, so they can be larger: compare η 0.5 and η 4. Then '
                      'grade your file: `nndesk check mine.nndesk --lesson online-batch`'),
    QT_TRANSLATE_NOOP("LessonTexts", 'In batches of the whole table, η 0.5 learns too slowly: try η 4.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Held-out rows: does it generalise?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'A network that only memorises is no use on rows it has not seen. Hold a row '
                      '**out**: it is never trained on, and its error is the **test error**.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Hold out row 5 (A=1, B=0, C=0): right-click its row number and choose it as '
                      'a test row (or on the command line: `nndesk train mine.nndesk --test-rows 5 '
                      '--out mine.nndesk`). Train.'),
    QT_TRANSLATE_NOOP("LessonTexts", 'Is the held-out row right? Try holding out a row of 3-bit parity instead: '
                      'what happens?'),
    QT_TRANSLATE_NOOP("LessonTexts", 'A test row\'s number reads "5 test"; --test-rows counts rows from 1, as the '
                      'table does.'),
)
