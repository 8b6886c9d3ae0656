from coinc.cli import main

main()
