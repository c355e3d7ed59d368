# Mestre — Norsk nynorsk.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.

## Who are you?
wall-title = Kven er du?
wall-mentors = Rettleiarar
wall-trainees = Deltakarar
wall-empty = Ingen deltakarar enno. Ein rettleiar kan leggje dei til.
say-name = { $name }

## Picture PIN
pin-title = Trykk på dei tre bileta dine
pin-progress = { $count } av 3
pin-clear = Start på nytt

## Password
password-title = Skriv passordet ditt
password-label = Passord
password-submit = Logg inn

## Trainee home board
home-greeting = Hei, { $name }! Godt å sjå deg.

## Mentor
mentor-title = Rettleiar: { $name }
mentor-trainees = Deltakarar
mentor-add-trainee = Legg til deltakar
mentor-no-trainees = Ingen deltakarar enno.
mentor-languages = Språk: { $ui }, morsmål: { $home }

## New trainee
trainee-new-title = Ny deltakar
trainee-name = Namn
trainee-photo = Bilete
trainee-photo-file = Vel bilete frå fil
trainee-photo-camera = Ta bilete med kamera
trainee-photo-take = Ta biletet
trainee-photo-remove = Fjern biletet
trainee-ui-lang = Språket appen snakkar til henne
trainee-home-lang = Morsmål (blir vist ved sida av norsk)
trainee-pin = Bilete-PIN: vel tre bilete
trainee-pin-repeat = Vel dei same tre bileta ein gong til
trainee-pin-mismatch = Bileta var ikkje like. Vel tre nye bilete.
trainee-pin-done = Bilete-PIN er vald.
trainee-save = Lagre deltakar
trainee-saved = { $name } er lagd til.
trainee-new-pin = Ny bilete-PIN
trainee-new-pin-saved = Ny bilete-PIN er lagra for { $name }.
camera-unavailable = Fann ikkje noko kamera.

## The twelve pictures of the picture PIN
picture-apple = eple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blome
picture-house = hus
picture-star = stjerne
picture-cup = kopp
picture-tree = tre
picture-bread = brød
picture-heart = hjarte

## Caption order and this device
mentor-caption-order = { $language } først
mentor-tablet-settings = Denne eininga
mentor-idle = Logg ut av seg sjølv etter
mentor-idle-minutes =
    { $minutes ->
        [one] eitt minutt
       *[other] { $minutes } minutt
    }
mentor-idle-never = Aldri

## Mentors: adding, passwords, leaving
mentors-manage = Rettleiarar og passord
mentors-you = { $name } (deg)
mentors-add-title = Ny rettleiar
mentors-first-password = Første passord
mentors-add-submit = Legg til rettleiar
mentors-added = { $name } er lagd til som rettleiar. Gje henne passordet. Ho kan byte det sjølv.
mentors-change-title = Byt passordet ditt
mentors-old-password = Passordet du har no
mentors-new-password = Nytt passord
mentors-change-submit = Byt passord
mentors-changed = Passordet ditt er bytt.
mentors-reset = Gje nytt passord
mentors-reset-submit = Lagre nytt passord
mentors-reset-done = { $name } har fått eit nytt passord.
mentors-retire = Fjern som rettleiar
mentors-retire-confirm = Fjerne { $name } som rettleiar? Ho kan ikkje logge inn meir.
mentors-retired = { $name } er ikkje rettleiar lenger.
mentors-cancel = Avbryt
