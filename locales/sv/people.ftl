# Mestre — Svenska.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.

## Who are you?
wall-title = Vem är du?
wall-mentors = Handledare
wall-trainees = Deltagare
wall-empty = Inga deltagare än. En handledare kan lägga till dem.
say-name = { $name }

## Picture PIN
pin-title = Tryck på dina tre bilder
pin-progress = { $count } av 3
pin-clear = Börja om

## Password
password-title = Skriv ditt lösenord
password-label = Lösenord
password-submit = Logga in

## Trainee home board
home-greeting = Hej, { $name }! Roligt att se dig.

## Mentor
mentor-title = Handledare: { $name }
mentor-trainees = Deltagare
mentor-add-trainee = Lägg till deltagare
mentor-no-trainees = Inga deltagare än.
mentor-languages = Språk: { $ui }, modersmål: { $home }

## New trainee
trainee-new-title = Ny deltagare
trainee-name = Namn
trainee-photo = Bild
trainee-photo-file = Välj bild från fil
trainee-photo-camera = Ta bild med kameran
trainee-photo-take = Ta bilden
trainee-photo-remove = Ta bort bilden
trainee-ui-lang = Språket appen talar till henne
trainee-home-lang = Modersmål (visas bredvid norska)
trainee-pin = Bild-PIN: välj tre bilder
trainee-pin-repeat = Välj samma tre bilder en gång till
trainee-pin-mismatch = Bilderna var inte lika. Välj tre nya bilder.
trainee-pin-done = Bild-PIN är vald.
trainee-save = Spara deltagare
trainee-saved = { $name } har lagts till.
trainee-new-pin = Ny bild-PIN
trainee-new-pin-saved = Ny bild-PIN är sparad för { $name }.
camera-unavailable = Ingen kamera hittades.

## The twelve pictures of the picture PIN
picture-apple = äpple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blomma
picture-house = hus
picture-star = stjärna
picture-cup = kopp
picture-tree = träd
picture-bread = bröd
picture-heart = hjärta

## Caption order and this device
mentor-caption-order = { $language } först
mentor-tablet-settings = Den här enheten
mentor-idle = Logga ut automatiskt efter
mentor-idle-minutes =
    { $minutes ->
        [one] en minut
       *[other] { $minutes } minuter
    }
mentor-idle-never = Aldrig

## Mentors: adding, passwords, leaving
mentors-manage = Handledare och lösenord
mentors-you = { $name } (du)
mentors-add-title = Ny handledare
mentors-first-password = Första lösenord
mentors-add-submit = Lägg till handledare
mentors-added = { $name } är tillagd som handledare. Ge henne lösenordet. Hon kan byta det själv.
mentors-change-title = Byt ditt lösenord
mentors-old-password = Lösenordet du har nu
mentors-new-password = Nytt lösenord
mentors-change-submit = Byt lösenord
mentors-changed = Ditt lösenord är bytt.
mentors-reset = Ge nytt lösenord
mentors-reset-submit = Spara nytt lösenord
mentors-reset-done = { $name } har fått ett nytt lösenord.
mentors-retire = Ta bort som handledare
mentors-retire-confirm = Ta bort { $name } som handledare? Hon kan inte logga in längre.
mentors-retired = { $name } är inte handledare längre.
mentors-cancel = Avbryt
