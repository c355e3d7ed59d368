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
