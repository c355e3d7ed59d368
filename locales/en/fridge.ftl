## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
section-fridge = The fridge
fridge-title = Fridge and labels
fridge-zone-fridge = Fridge
fridge-zone-freezer = Freezer
fridge-zone-dry = Dry store
fridge-event-made = Made
fridge-event-opened = Opened
fridge-event-thawed = Thawed
fridge-event-delivered = Received
fridge-hot-holding = Hot holding
fridge-cooling = Cooling down
fridge-game-where-does-it-go = Where does it go?
fridge-game-how-cold = How cold?
fridge-game-write-the-label = Write the label
fridge-game-first-in-first-out = First in, first out
fridge-ask-zone = Where does the { $food } go?
fridge-ask-cold = { $food } in the { $zone ->
        [freezer] freezer
       *[fridge] fridge
    }: which temperature is right?
fridge-ask-hot = The food is kept hot for serving. Which temperature is right?
fridge-ask-cooling = Hot food is cooling down. After { $hours } hours: which temperature is right?
fridge-ask-label-made = You made { $food } today. Make the label.
fridge-ask-label-opened = You opened { $food } today. Make the label.
fridge-ask-label-thawed = You thawed { $food } today. Make the label.
fridge-ask-label-delivered = You received { $food } today. Make the label.
fridge-ask-shelf = Throw out the box that is too old. Put the rest on the shelf: the one to use first goes in front.
fridge-why-zone-cold = { $food } goes in the { $zone ->
        [freezer] freezer
       *[fridge] fridge
    }, at { $max } or colder.
fridge-why-zone-dry = { $food } goes in the dry store: dry and cool, in a closed box.
fridge-why-hot = Food kept hot must be at least { $min }.
fridge-why-cooling = Hot food must be cooled to below { $to } within { $hours } hours.
fridge-why-product = The product is { $food }.
fridge-why-made = { $event ->
        [opened] Opened
        [thawed] Thawed
        [delivered] Received
       *[made] Made
    }: today, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } is used the same day.
       *[other] { $food } keeps { $days } days.
    } { $event ->
        [opened] Opened
        [thawed] Thawed
        [delivered] Received
       *[made] Made
    } { $made }, use by { $date }.
fridge-why-allergens = { $food } has these allergens: { $list }.
fridge-why-no-allergens = { $food } has none of the 14 allergens.
fridge-why-maker = You made the food. Choose yourself.
fridge-why-expired = { $food } had to be used by { $date }. Throw it out.
fridge-why-order = The one to use first goes in front. The newest goes at the back.
fridge-right = Right!
fridge-wrong = Not right.
fridge-partly = { $right } of { $total } right.
fridge-result = You got { $right } of { $total } right.
fridge-label-keep = { $zone ->
        [freezer] Freezer
       *[fridge] Fridge
    }, at most { $max }
fridge-label-use-by = Use by
fridge-label-allergens = Allergens
fridge-label-no-allergens = No allergens
fridge-label-made-by = Made by { $initials }
fridge-too-warm-fridge = Too warm! The fridge is at { $reading }. It must be { $max } or colder. Tell your mentor, close the door well and measure again in an hour.
fridge-too-warm-freezer = Too warm! The freezer is at { $reading }. It must be { $max } or colder. Tell your mentor at once.
fridge-practice = Practise
fridge-practice-hint = Practise the fridge: where food goes, how cold, the label and the order.
fridge-labels = Labels
fridge-check = Temperature
fridge-catalogue = Foods
fridge-question = Question { $n } of { $total }
fridge-finish = Done
fridge-play-again = Practise again
fridge-choose-game = Choose a game
fridge-pick-product = Which food is it?
fridge-pick-made = Date made
fridge-pick-use-by = Use by
fridge-pick-allergens = Allergens: tap the ones the food has
fridge-pick-maker = Who made the food?
fridge-check-label = Check the label
fridge-shelf-bin = Bin
fridge-shelf-front = Front
fridge-shelf-back = Back
fridge-shelf-step-bin = Tap the box that is too old.
fridge-shelf-step-order = Tap the boxes in order: the one to use first, first.
fridge-shelf-again = Start the shelf again
fridge-pick-reading = What does the thermometer show?
fridge-evidence-saved = Saved as evidence for curriculum aim { $aim }.
fridge-print-title = Print a label
fridge-print-item = Choose the food
fridge-print-recipe = Made from a recipe
fridge-print-no-recipe = No recipe
fridge-print-day = Date
fridge-print-today = Today
fridge-print-yesterday = Yesterday
fridge-print-size = Size
fridge-size-62mm = Roll 62 mm
fridge-size-57x32mm = Label 57 × 32 mm
fridge-print = Print
fridge-save-pdf = Only save the PDF
fridge-reprint = Print again
fridge-printed = The label was sent to the printer.
fridge-saved = Saved as PDF: { $path }
fridge-label-log = Printed labels
fridge-label-log-empty = No labels printed yet.
fridge-label-reprint-mark = copy
fridge-check-title = Temperature check
fridge-check-today = Measured today
fridge-check-missing = Not measured today
fridge-check-limit = At most { $max }
fridge-check-type = Temperature in degrees
fridge-check-save = Save the reading
fridge-check-ok = Good! The temperature is right.
fridge-check-chart = The last 30 days
fridge-check-empty = No readings yet.
fridge-check-warmer = Warmer
fridge-check-colder = Colder
fridge-keeps = { $days ->
        [0] Use the same day
       *[other] Keeps { $days } days
    }
fridge-max = At most { $max }
fridge-own-routine = The café's own routine
fridge-routine-days = Days
fridge-routine-note = Why (the routine in the food safety plan)
fridge-routine-save = Save the routine
fridge-routine-reset = Use the rule again
fridge-rules-title = The rules
fridge-rules-source = Source
