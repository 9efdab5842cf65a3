Prints "Hello World!" and a newline

Cell 0 counts ten rounds that add 7 to cell 1 and 10 to cell 2 and 3 to
cell 3: cells 1 to 3 become 70 and 100 and 30
++++++++++[>+++++++>++++++++++>+++<<<-]

>++.                    cell 1 is 72:  H
>+.                     cell 2 is 101: e
+++++++..               108: l l
+++.                    111: o
>++.                    cell 3 is 32:  space
<<+++++++++++++++.      cell 1 is 87:  W
>.                      cell 2 is 111: o
+++.                    114: r
------.                 108: l
--------.               100: d
>+.                     cell 3 is 33:  !
>++++++++++.            cell 4 is 10:  newline
