Prints the squares of 0 to 100 one per line

Cells: 0 counts the lines left; 1 is n; 2 counts down 2n plus 1;
3 to 7 hold the decimal digits of n squared (least significant
first); 8 and 9 are scratch; 10 to 14 are flags for the nested
carries; 15 says whether a digit was printed; 16 holds a newline

Each step adds 2n plus 1 to the square one unit at a time; so the
digits only ever need a test for ten and a carry into the next

>>>>>>>>>>>>>>>>++++++++++               newline character
<<<<<<<<++++++++++                       101 lines: ten times ten
[
  -
  <<<<<<<<++++++++++
  >>>>>>>>]
<<<<<<<<+                                plus one
[                                        for each line
  >>>>>>>>>>>>>>>[-]                     no digit printed yet
  digit 4: print it unless it is a leading zero
  <<<<<<<<[->+>+<<]>>[-<<+>>]
  >>>>>>[-<<<<<<<+>+>>>>>>]<<<<<<[->>>>>>+<<<<<<]
  <[>>[-]+<<[-]]                         flag is set if the digit or an earlier one is not zero
  >>[
    [-]
    >>>>>[-]
    +
    <<<<<<<<++++++++++++++++++++++++++++++++++++++++++++++++.------------------------------------------------
    >>>]
  digit 3: print it unless it is a leading zero
  <<<<[->>+>+<<<]>>>[-<<<+>>>]
  >>>>>>[-<<<<<<<+>+>>>>>>]<<<<<<[->>>>>>+<<<<<<]
  <[>>[-]+<<[-]]                         flag is set if the digit or an earlier one is not zero
  >>[
    [-]
    >>>>>[-]
    +
    <<<<<<<<<++++++++++++++++++++++++++++++++++++++++++++++++.------------------------------------------------
    >>>>]
  digit 2: print it unless it is a leading zero
  <<<<<[->>>+>+<<<<]>>>>[-<<<<+>>>>]
  >>>>>>[-<<<<<<<+>+>>>>>>]<<<<<<[->>>>>>+<<<<<<]
  <[>>[-]+<<[-]]                         flag is set if the digit or an earlier one is not zero
  >>[
    [-]
    >>>>>[-]
    +
    <<<<<<<<<<++++++++++++++++++++++++++++++++++++++++++++++++.------------------------------------------------
    >>>>>]
  digit 1: print it unless it is a leading zero
  <<<<<<[->>>>+>+<<<<<]>>>>>[-<<<<<+>>>>>]
  >>>>>>[-<<<<<<<+>+>>>>>>]<<<<<<[->>>>>>+<<<<<<]
  <[>>[-]+<<[-]]                         flag is set if the digit or an earlier one is not zero
  >>[
    [-]
    >>>>>[-]
    +
    <<<<<<<<<<<++++++++++++++++++++++++++++++++++++++++++++++++.------------------------------------------------
    >>>>>>]
  digit 0 is always printed
  <<<<<<<++++++++++++++++++++++++++++++++++++++++++++++++.------------------------------------------------
  >>>>>>>>>>>>>.                         newline
  k is 2n plus 1
  <<<<<<<<<<<<<<<[->+>>>>>>+<<<<<<<]>>>>>>>[-<<<<<<<+>>>>>>>]
  <<<<<<<[->+>>>>>>+<<<<<<<]>>>>>>>[-<<<<<<<+>>>>>>>]
  <<<<<<+
  [                                      k times: square plus one
    -
    >+                                   digit 0 plus one
    [->>>>>+>+<<<<<<]>>>>>>[-<<<<<<+>>>>>>] if digit 0 reached ten
    <----------
    >>+
    <<[>>-<<[-]]                         flag stays set only if they were equal
    >>[
      [-]
      <<<<<<<[-]                         digit 0 wraps to zero
      >+                                 digit 1 plus one
      [->>>>+>+<<<<<]>>>>>[-<<<<<+>>>>>] if digit 1 reached ten
      <----------
      >>>+
      <<<[>>>-<<<[-]]                    flag stays set only if they were equal
      >>>[
        [-]
        <<<<<<<[-]                       digit 1 wraps to zero
        >+                               digit 2 plus one
        [->>>+>+<<<<]>>>>[-<<<<+>>>>]    if digit 2 reached ten
        <----------
        >>>>+
        <<<<[>>>>-<<<<[-]]               flag stays set only if they were equal
        >>>>[
          [-]
          <<<<<<<[-]                     digit 2 wraps to zero
          >+                             digit 3 plus one
          [->>+>+<<<]>>>[-<<<+>>>]       if digit 3 reached ten
          <----------
          >>>>>+
          <<<<<[>>>>>-<<<<<[-]]          flag stays set only if they were equal
          >>>>>[
            [-]
            <<<<<<<[-]                   digit 3 wraps to zero
            >+                           digit 4 plus one
            >>>>>>]
          <]
        <]
      <]
    <<<<<<<<]
  <+                                     n plus one
  <-                                     one line less to go
  ]
