# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# Short, plain sentences: many trainees are just learning to read.

## Who are you?
wall-title = Hvem er du?
wall-mentors = Veiledere
wall-trainees = Deltakere
wall-empty = Ingen deltakere ennå. En veileder kan legge dem til.
# Says a person's name when her speaker is tapped.
say-name = { $name }

## Picture PIN
pin-title = Trykk på de tre bildene dine
pin-progress = { $count } av 3
pin-clear = Start på nytt

## Password
password-title = Skriv passordet ditt
password-label = Passord
password-submit = Logg inn

## Trainee home board
home-greeting = Hei, { $name }! Godt å se deg.

## Mentor
mentor-title = Veileder: { $name }
mentor-trainees = Deltakere
mentor-add-trainee = Legg til deltaker
mentor-no-trainees = Ingen deltakere ennå.
mentor-languages = Språk: { $ui }, morsmål: { $home }

## New trainee
trainee-new-title = Ny deltaker
trainee-name = Navn
trainee-photo = Bilde
trainee-photo-file = Velg bilde fra fil
trainee-photo-camera = Ta bilde med kamera
trainee-photo-take = Ta bildet
trainee-photo-remove = Fjern bildet
trainee-ui-lang = Språket appen snakker til henne
trainee-home-lang = Morsmål (vises ved siden av norsk)
trainee-pin = Bilde-PIN: velg tre bilder
trainee-pin-repeat = Velg de samme tre bildene en gang til
trainee-pin-mismatch = Bildene var ikke like. Velg tre nye bilder.
trainee-pin-done = Bilde-PIN er valgt.
trainee-save = Lagre deltaker
trainee-saved = { $name } er lagt til.
trainee-new-pin = Ny bilde-PIN
trainee-new-pin-saved = Ny bilde-PIN er lagret for { $name }.
camera-unavailable = Fant ikke noe kamera.

## The twelve pictures of the picture PIN
picture-apple = eple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blomst
picture-house = hus
picture-star = stjerne
picture-cup = kopp
picture-tree = tre
picture-bread = brød
picture-heart = hjerte

## Caption order and this device
mentor-caption-order = { $language } først
mentor-tablet-settings = Denne enheten
mentor-idle = Logg ut av seg selv etter
mentor-idle-minutes =
    { $minutes ->
        [one] ett minutt
       *[other] { $minutes } minutter
    }
mentor-idle-never = Aldri

## Mentors: adding, passwords, leaving
mentors-manage = Veiledere og passord
mentors-you = { $name } (deg)
mentors-add-title = Ny veileder
mentors-first-password = Første passord
mentors-add-submit = Legg til veileder
mentors-added = { $name } er lagt til som veileder. Gi henne passordet. Hun kan bytte det selv.
mentors-change-title = Bytt passordet ditt
mentors-old-password = Passordet du har nå
mentors-new-password = Nytt passord
mentors-change-submit = Bytt passord
mentors-changed = Passordet ditt er byttet.
mentors-reset = Gi nytt passord
mentors-reset-submit = Lagre nytt passord
mentors-reset-done = { $name } har fått et nytt passord.
mentors-retire = Fjern som veileder
mentors-retire-confirm = Fjerne { $name } som veileder? Hun kan ikke logge inn mer.
mentors-retired = { $name } er ikke veileder lenger.
mentors-cancel = Avbryt
