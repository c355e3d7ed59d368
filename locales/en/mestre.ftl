# Mestre — English.

app-name = Mestre
loading = Loading …

## Language
language-name = English
language-choose-title = Choose your language
language-change = Change language

## Speaker and sound
speaker-play = Listen
speech-no-voice = There is no voice for this language yet. Read the text here:
speech-failed = The sound could not play. Read the text here:

## Navigation
nav-back = Back
nav-home = Home
logout = Sign out

## First-run setup
setup-title = Welcome to Mestre
setup-intro = First we create the café and the first mentor.
setup-cafe-name = Name of the café
setup-country = Country
country-no = Norway
country-se = Sweden
setup-mentor-name = Your name
setup-mentor-password = Password
setup-password-rule = At least { $min } characters.
setup-submit = Create the café
form-name-missing = Write a name.
form-password-short = The password needs at least { $min } characters.

## Who are you?
wall-title = Who are you?
wall-mentors = Mentors
wall-trainees = Trainees
wall-empty = No trainees yet. A mentor can add them.
say-name = { $name }

## Picture PIN
pin-title = Tap your three pictures
pin-progress = { $count } of 3
pin-clear = Start again

## Password
password-title = Type your password
password-label = Password
password-submit = Sign in

## Trainee home board
home-greeting = Hello, { $name }! Good to see you.

## Mentor
mentor-title = Mentor: { $name }
mentor-trainees = Trainees
mentor-add-trainee = Add a trainee
mentor-no-trainees = No trainees yet.
mentor-languages = Language: { $ui }, home language: { $home }

## New trainee
trainee-new-title = New trainee
trainee-name = Name
trainee-photo = Photo
trainee-photo-file = Choose a photo from a file
trainee-photo-camera = Take a photo with the camera
trainee-photo-take = Take the photo
trainee-photo-remove = Remove the photo
trainee-ui-lang = The language the app speaks to her
trainee-home-lang = Home language (shown beside Norwegian)
trainee-pin = Picture PIN: choose three pictures
trainee-pin-repeat = Choose the same three pictures once more
trainee-pin-mismatch = The pictures were not the same. Choose three new pictures.
trainee-pin-done = The picture PIN is chosen.
trainee-save = Save trainee
trainee-saved = { $name } has been added.
trainee-new-pin = New picture PIN
trainee-new-pin-saved = A new picture PIN is saved for { $name }.
camera-unavailable = No camera was found.

## The twelve pictures of the picture PIN
picture-apple = apple
picture-fish = fish
picture-sun = sun
picture-cat = cat
picture-car = car
picture-flower = flower
picture-house = house
picture-star = star
picture-cup = cup
picture-tree = tree
picture-bread = bread
picture-heart = heart

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = That was not right. Try again.
error-login-locked =
    { $minutes ->
        [one] Too many tries. Wait one minute, then try again.
       *[other] Too many tries. Wait { $minutes } minutes, then try again.
    }
error-not-allowed = Only a mentor can do this.
error-invalid-input = Check what you wrote or chose.
error-image-unreadable = The picture cannot be opened. It is damaged, or it is not a picture.
error-image-too-large = The picture is too big. Choose a smaller picture.
error-database-too-new = The data was made by a newer Mestre. Update the app.
error-database-unavailable = The data cannot be opened.
error-not-found = It was not found.
error-setup-state = The café is already set up.
error-storage = Something went wrong while saving. Nothing was deleted.
error-peer-unreachable = The other device was not found. Check that both are on the same network.
error-not-paired = This device is not paired with the other one. Pair them first.
error-sync-interrupted = The sync was cut off. Nothing is lost. Try again.
error-sync-refused = The other device said no. Try again, or pair them again.
error-schema-mismatch = The devices have different versions of Mestre. Update both.
error-pairing-wrong-code = Wrong code. Try again.
error-pairing-closed = The code is no longer valid. Ask for a new code.

## Sync
sync-now = Sync now
sync-last = Last synced: { $when }
sync-never = Not synced yet
sync-running = Syncing …
sync-rows = Data: { $done } of { $total }
sync-media = Pictures: { $done } of { $total }
sync-done = Done! Both have the same now.
connect-tablet = Connect a tablet
connect-laptop = Connect to the mentor's laptop
pair-code-title = Code to connect
pair-code-help = Type these digits on the tablet, or scan the picture with its camera.
pair-code-expires = The code is valid for { $minutes } minutes.
pair-address = The laptop's address
pair-code-label = Code (six digits)
pair-join-submit = Connect
pair-done = Connected to { $name }.
paired-devices = Connected devices
unpair = Disconnect
pair-none = No devices are connected yet.
sync-photo-coming = The picture comes with the next sync.
pair-scan = Scan the code with the camera
error-recording-empty = The recording is empty. Speak a little closer and try again.
error-audio-unreadable = The recording cannot be played. It is damaged.
error-microphone-missing = No microphone was found. Ask the mentor for help.
error-microphone-busy = The microphone is busy or not working. Try again in a moment.

## My day: the little book
section-my-day = My day
section-my-book = My book
day-tasks-title = What did you do today?
day-area-kitchen = Kitchen
day-area-cleaning = Cleaning
day-area-serving = Serving
day-add-photo = Take a photo of what you made
day-add-voice = Record a note
day-add-word = New word
day-mood-title = How was the day?
mood-great = Very good
mood-good = Good
mood-ok = Okay
mood-tired = Tired
mood-hard = Hard
record-start = Record
record-stop = Stop
record-listen = Listen to it
record-keep = Keep
record-redo = Record again
recording-now = Recording …
word-say-it = Say the word
word-take-picture = Take a photo of the thing
book-title = My book
book-empty = No days yet.
day-comments = From the mentor
comment-new = New
day-saved = Saved.
day-photo = Photo
day-voice-note = Voice note
day-word = New word
mentor-diaries = Diaries
comment-write = Write a comment
comment-send = Send
comment-record = Record a comment
word-spelling = Write the word
word-spelling-save = Save the word
play-clip = Play
task-wash-hands = wash hands
task-cut-vegetables = cut vegetables
task-peel-potatoes = peel potatoes
task-bake-bread = bake bread
task-bake-cakes = bake cakes
task-make-soup = make soup
task-make-salad = make salad
task-cook-rice = cook rice
task-make-sandwiches = make sandwiches
task-make-coffee = make coffee
task-weigh-ingredients = weigh ingredients
task-check-temperature = check the temperature
task-label-food = label food
task-fill-fridge = fill the fridge
task-receive-goods = receive goods
task-make-waffles = make waffles
task-wash-dishes = wash dishes
task-load-dishwasher = load the dishwasher
task-clean-surfaces = clean surfaces
task-sweep-floor = sweep the floor
task-mop-floor = mop the floor
task-take-out-rubbish = take out the rubbish
task-sort-recycling = sort the rubbish
task-clean-toilet = clean the toilet
task-serve-customer = serve a customer
task-take-order = take an order
task-use-till = use the till
task-set-tables = set tables
task-clear-tables = clear tables
task-greet-customer = greet customers
task-fill-display = fill the display
task-team-meeting = team meeting

## Recording studio
studio-open = Record voices
studio-title = Recording studio
studio-lang = Language
studio-recorded = Recorded
studio-missing = Not recorded yet
