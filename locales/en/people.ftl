# Mestre — English.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.

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

## Caption order and this device
mentor-caption-order = { $language } first
mentor-tablet-settings = This device
mentor-idle = Sign out by itself after
mentor-idle-minutes =
    { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }
mentor-idle-never = Never

## Mentors: adding, passwords, leaving
mentors-manage = Mentors and passwords
mentors-you = { $name } (you)
mentors-add-title = New mentor
mentors-first-password = First password
mentors-add-submit = Add mentor
mentors-added = { $name } is now a mentor. Give her the password. She can change it herself.
mentors-change-title = Change your password
mentors-old-password = Your password now
mentors-new-password = New password
mentors-change-submit = Change password
mentors-changed = Your password is changed.
mentors-reset = Give a new password
mentors-reset-submit = Save new password
mentors-reset-done = { $name } has a new password.
mentors-retire = Remove as mentor
mentors-retire-confirm = Remove { $name } as a mentor? She can no longer sign in.
mentors-retired = { $name } is no longer a mentor.
mentors-cancel = Cancel
