# Mestre — English.
# This file: trust — changes a device sent that were not allowed, and why.

## Why a change was refused
refusal-unsigned = The change was not signed by its device.
refusal-unknown-device = The device is not part of the café.
refusal-bad-signature = The signature does not match. The change may be forged.
refusal-stamp-out-of-range = The time on the change is impossible.
refusal-device-retired = The device had been removed when the change was made.
refusal-invalid = A value is wrong or too large.
refusal-unknown-author = The person is not part of the café.
refusal-not-owner = It belongs to someone else.
refusal-owner-changed = The change tried to give it to someone else.
refusal-needs-mentor = Only a mentor may do this.
refusal-unknown-mentor-key = The mentor key is not known here.
refusal-bad-mentor-signature = The mentor's signature does not match.
refusal-mentor-key-revoked = The mentor key had been withdrawn.
refusal-append-only = An entry in a log cannot be changed.

## What a change was about
record-device-intro = A device
record-mentor-key = A mentor key
record-cafe = The café
record-person = A person
record-credential = A password or picture PIN
record-media = A photo or a recording
record-diary-day = A day in the diary
record-diary-item = Something in the diary
record-diary-comment = A comment
record-prompt-clip = A recorded sound clip
record-word = A word
record-word-translation = A word in another language
record-word-review = An answer in word practice
record-ingredient = An ingredient
record-recipe = A recipe
record-recipe-step = A step of a recipe
record-recipe-ingredient = An ingredient in a recipe
record-menu-dish = A dish on the week menu
record-fridge-routine = The café's own shelf life for a food
record-fridge-practice = A result of the fridge practice
record-fridge-label = A printed label
record-fridge-reading = A temperature reading

## The mentor's list of refused changes
quarantine-title = Refused changes
quarantine-count = Refused: { $count }
quarantine-help = A device sent these changes, but they were not allowed. They are kept, but not used.
quarantine-none = No changes were refused.
quarantine-from = { $who } on { $device }
quarantine-set-aside = Not kept in the log
quarantine-open = See refused changes
record-competence-plan = An aim in a trainee's plan
record-competence-rating = A trainee's rating of herself
record-competence-evidence = Evidence linked to an aim
record-competence-mark = A mentor's signed mark (P, F, K)
record-review-seen = What a mentor has seen of a trainee
record-practice-suggestion = A mentor's suggestion of what a trainee practises
record-erasure = A trainee's erasure
record-task-card = A task card
record-fridge-food = One of the café's own foods
record-competence-aim = One of the café's own aims
record-content-language = Content in one language: a text or a recording
